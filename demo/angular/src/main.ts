import {bootstrapApplication} from '@angular/platform-browser';
import {ProductGuideComponent} from './product-guide.component';

bootstrapApplication(ProductGuideComponent).catch((error) => console.error(error));
