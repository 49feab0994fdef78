// The shop's own Lit app, localized with @lit/localize in runtime mode: the page's one
// configureLocalization call belongs to the shop, and the guide must work beside it.
import {LitElement, html} from 'lit';
import {configureLocalization, msg, updateWhenLocaleChanges} from '@lit/localize';

const shopTemplates = {de: {'shop.greeting': 'Willkommen im Shop'}, fr: {'shop.greeting': 'Bienvenue dans la boutique'}};

export const {setLocale, getLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de', 'fr'],
  loadLocale: async (locale) => ({templates: shopTemplates[locale]}),
});

class ShopGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  render() {
    return html`<p id="greeting">${msg('Welcome to the shop', {id: 'shop.greeting'})}</p>`;
  }
}
customElements.define('shop-greeting', ShopGreeting);

window.shop = {setLocale, getLocale};
