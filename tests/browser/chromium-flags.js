// The flags every headless Chromium of Podlab's runs with (the browser
// tests and tools/lighthouse): no sandbox or GPU in CI, and nothing but
// the site itself on the network.
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
