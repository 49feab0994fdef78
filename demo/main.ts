// The demo loads the guide from source; Vite serves files outside demo/ through its fs allow-list.
import '../src/index.js';
