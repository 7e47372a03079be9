// A minimal W3C WebDriver (classic) client over HTTP, and the two engines the
// cross-engine suite drives with it: Firefox through geckodriver, WebKit through
// WebKitGTK's WebKitWebDriver and MiniBrowser (the engine family of Safari). No
// dependencies: Node's fetch and child_process.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`;
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines, with what each needs; `available()` says whether this machine has it. */
export const ENGINES = {
  firefox: {
    label: 'Firefox',
    available: () => existsSync(FIREFOX) && existsSync(GECKODRIVER),
    driver: (port) => [GECKODRIVER, ['--port', String(port), '--host', '127.0.0.1']],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless'],
        prefs: { 'intl.accept_languages': 'en-US', 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
      },
    }),
  },
  webkit: {
    label: 'WebKit',
    available: () => existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) && existsSync('/usr/bin/xvfb-run'),
    // WebKitGTK draws on a display: a virtual one, for the driver and the browsers it starts.
    driver: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1920x1080x24', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1']],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
};

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `name`'s driver; resolves to { engine, version, session(), close() }. */
export async function launch(name) {
  const engine = ENGINES[name];
  const port = await freePort();
  const [command, args] = engine.driver(port);
  const proc = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    const up = await fetch(`${base}/status`).then((r) => r.ok).catch(() => false);
    if (up) break;
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`${engine.label} driver did not start: ${stderr}`);
    await sleep(100);
  }
  const driver = {
    engine: name,
    label: engine.label,
    version: null,
    /** A new browser session: its own profile, so its own storage. */
    async session({ width = 1280, height = 900 } = {}) {
      const s = await Session.create(base, engine.capabilities());
      driver.version ??= `${s.capabilities.browserName} ${s.capabilities.browserVersion}`;
      await s.setSize(width, height);
      return s;
    },
    async close() {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
  };
  return driver;
}

export class WebDriverError extends Error {}

/** The W3C web element identifier. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** One WebDriver session: the commands the suite uses. */
export class Session {
  /** A new session. WebKitWebDriver now and then never answers a new-session request
   *  (seen once in some twenty runs, which then hung for fetch's five minutes), so each
   *  attempt gets a minute and a hung one is tried again. */
  static async create(base, alwaysMatch, attempts = 3) {
    for (let i = 1; ; i++) {
      try {
        const r = await call('POST', `${base}/session`, { capabilities: { alwaysMatch } }, 60000);
        return new Session(base, r.sessionId, r.capabilities);
      } catch (e) {
        if (i >= attempts || e.name !== 'TimeoutError') throw e;
      }
    }
  }

  constructor(base, id, capabilities) {
    this.url = `${base}/session/${id}`;
    this.capabilities = capabilities;
    /** Function declarations (source) every `eval` can call. */
    this.helpers = '';
  }

  cmd(method, path, body) {
    return call(method, this.url + path, body);
  }

  setSize(width, height) {
    return this.cmd('POST', '/window/rect', { width, height });
  }

  goto(url) {
    return this.cmd('POST', '/url', { url });
  }

  currentUrl() {
    return this.cmd('GET', '/url');
  }

  /** Runs `fn` (a function) in the page with `args`, returning its (JSON) result; a
   *  returned promise is awaited. */
  eval(fn, ...args) {
    const script = `${this.helpers}
      const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`;
    return this.cmd('POST', '/execute/async', { script, args }).then((r) => {
      if (r && 'error' in r) throw new WebDriverError(r.error);
      return r?.ok;
    });
  }

  /** Waits until `fn` returns something truthy in the page (polling), and returns it. */
  async waitFor(fn, { timeout = 15000, what = String(fn) } = {}, ...args) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.eval(fn, ...args).catch(() => null);
      if (v) return v;
      if (Date.now() > deadline) throw new WebDriverError(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  /** The element `css` finds (the first), as a WebDriver reference. */
  async find(css) {
    const r = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return r[ELEMENT];
  }

  async click(css) {
    await this.cmd('POST', `/element/${await this.find(css)}/click`, {});
  }

  /** Types `text` into the field `css` finds, as a user would: cleared, then key by key. */
  async type(css, text) {
    const id = await this.find(css);
    await this.cmd('POST', `/element/${id}/clear`, {});
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  /** The page printed to PDF (WebDriver's Print command), or null where the engine lacks it. */
  async print() {
    try {
      return Buffer.from(await this.cmd('POST', '/print', { background: true }), 'base64');
    } catch (e) {
      if (/unknown command|unsupported operation|not implemented/i.test(String(e.message))) return null;
      throw e;
    }
  }

  close() {
    return this.cmd('DELETE', '').catch(() => {});
  }
}

async function call(method, url, body, timeoutMs) {
  const r = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined,
  });
  const json = await r.json().catch(() => ({}));
  if (!r.ok) throw new WebDriverError(`${method} ${url.replace(/.*\/session\/[^/]+/, '')}: ${json.value?.error}: ${json.value?.message}`);
  return json.value;
}
