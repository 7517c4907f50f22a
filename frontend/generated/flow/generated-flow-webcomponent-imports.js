import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/avatar/src/vaadin-avatar.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '472d49e52ffae734184bc59c92c8b753728c9aed6c9ec11a96d66cab6bb05dba') {
    pending.push(import('./chunks/chunk-508364dc8fcf13a79830bc6143d68baf472c3171f83c34fb9bf8bf4f9b02baa1.js'));
  }
  if (key === 'ef083d40e1b6db884a0c6d758204173ca5a83d329ed11ca5e7ea0789851d64ce') {
    pending.push(import('./chunks/chunk-90de9e7ed58cdc57bf68e27c1808c28e01dfe15460167f8be29fc27f602d4c84.js'));
  }
  if (key === '4067709b80d1f46bc3cd709c641e6b4c2e23ab0ff8968d802539a0e930e36fdc') {
    pending.push(import('./chunks/chunk-b2057b87949215781c9732b5637e2feb29e83a1f4cd63bc856a94e2d559b2bfd.js'));
  }
  if (key === '794750ef564991156b9e50f9b4251275d1404268df1725b8053d39a017e5b3cb') {
    pending.push(import('./chunks/chunk-3eb7ce6a3fcf088d78556d3025559f7683fe77271ff131e523cb3e20f432e22e.js'));
  }
  if (key === '7920e96753e68e43134b447ae2b063db4b37ddbcb7cfcaba4a3c9dc80c910a0c') {
    pending.push(import('./chunks/chunk-94314dba30eac0ba76a32d63f742c76fbdb09b0162a9065ef346f442a4643bf4.js'));
  }
  if (key === '78387a51b0c9935428e7564912df4fc80779724f55e88d78f1764e3b2fc397e2') {
    pending.push(import('./chunks/chunk-09ed1608d73435050b7b17b09659a22f4801a8bbd120bc316909d694a7e43010.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}