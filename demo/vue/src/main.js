import {createApp} from 'vue';
import 'microneedle-guide'; // registers <microneedle-guide>
import App from './App.vue';

const app = createApp(App);
app.mount('#app');
document.getElementById('vue-version').textContent = app.version;
