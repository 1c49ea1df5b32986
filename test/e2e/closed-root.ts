import type { CDPSession, Page } from 'playwright-core';

// Reaching UI inside a CLOSED shadow root the way a person does. The accessibility tree is built on
// the flat tree, so Chromium's `Accessibility.queryAXTree` finds a control by role even inside a
// closed root and gives its DOM node; `DOM.getContentQuads` says where it is on screen, and
// `page.mouse.click` there is a real, trusted click. Texts are read by resolving the node over the
// DevTools protocol, which no page script can do.

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdp = (page: Page): Promise<CDPSession> => {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
};

interface AXNode {
  backendDOMNodeId?: number;
  ignored: boolean;
  name?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
}

const WAIT = 20_000;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** As Playwright's `name`: a string matches case-insensitively as a part, a RegExp as itself. */
const matches = (name: string, wanted?: string | RegExp) =>
  wanted === undefined ||
  (typeof wanted === 'string'
    ? norm(name).toLowerCase().includes(norm(wanted).toLowerCase())
    : wanted.test(norm(name)));

/** Nodes of `role` ('' for every role) in the page's accessibility tree, shadow roots included. */
async function query(page: Page, role: string): Promise<AXNode[]> {
  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodes } = (await session.send('Accessibility.queryAXTree', {
    backendNodeId: root.backendNodeId,
    ...(role && { role }),
  })) as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored && n.backendDOMNodeId !== undefined);
}

/** Runs `fn` on the DOM node (as `this`) and returns its JSON-able result. */
export async function onNode<T>(
  page: Page,
  backendNodeId: number,
  fn: string,
  ...args: unknown[]
): Promise<T> {
  const session = await cdp(page);
  const { object } = await session.send('DOM.resolveNode', { backendNodeId });
  const { result } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
  });
  return result.value as T;
}

export const textOf = (page: Page, node: number) =>
  onNode<string>(page, node, 'function () { return this.textContent; }');

const until = async <T>(what: string, probe: () => Promise<T | undefined>, timeout = WAIT): Promise<T> => {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** A control found by role and name, with the parts of Playwright's Locator the tests use. */
export interface Control {
  count(): Promise<number>;
  waitFor(options?: { timeout?: number }): Promise<void>;
  click(): Promise<void>;
  textContent(): Promise<string | null>;
  /** The matching DOM nodes (backend ids), in document order. */
  nodes(): Promise<number[]>;
}

export function findAll(page: Page, role: string, name?: string | RegExp): Control {
  const describe = `${role} "${String(name ?? '')}"`;
  const nodes = async () =>
    (await query(page, role))
      .filter((n) => matches(String(n.name?.value ?? ''), name))
      .map((n) => n.backendDOMNodeId!);
  const first = () => until(describe, async () => (await nodes())[0]);
  return {
    nodes,
    count: async () => (await nodes()).length,
    waitFor: async (options) =>
      void (await until(describe, async () => (await nodes())[0], options?.timeout)),
    textContent: async () => textOf(page, await first()),
    async click() {
      const session = await cdp(page);
      // As Playwright's click: wait until it is there and enabled, scroll it in, press its middle.
      // The control re-renders under us (providers arriving): a node gone meanwhile is looked up again.
      const point = await until(`${describe} to be enabled`, async () => {
        for (const n of (await query(page, role)).filter((n) => matches(String(n.name?.value ?? ''), name))) {
          if (n.properties?.some((p) => p.name === 'disabled' && p.value.value === true)) continue;
          try {
            await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: n.backendDOMNodeId! });
            const q = (await session.send('DOM.getContentQuads', { backendNodeId: n.backendDOMNodeId! }))
              .quads[0]!;
            return [(q[0]! + q[2]! + q[4]! + q[6]!) / 4, (q[1]! + q[3]! + q[5]! + q[7]!) / 4] as const;
          } catch {
            return undefined;
          }
        }
      });
      await page.mouse.click(point[0], point[1]);
    },
  };
}

/** Waits for a node of `role` whose text matches, and returns that text. */
export const waitForText = (page: Page, role: string, text: RegExp): Promise<string> =>
  until(`${role} with text ${text}`, async () => {
    for (const node of await findAll(page, role).nodes()) {
      const value = norm((await textOf(page, node)) ?? '');
      if (text.test(value)) return value;
    }
  });

/**
 * A form control (input, select) by its label: its value set as the person would leave it. Date and
 * time inputs are typed differently in every locale; the value is what the form reads on confirm.
 */
export async function fillControl(page: Page, label: string, value: string): Promise<void> {
  // Only the meeting control's own fields: the page has labelled inputs of its own ("Title").
  const set = `function (v) {
    const root = this.getRootNode();
    if (!/^(INPUT|SELECT)$/.test(this.tagName) || !(root instanceof ShadowRoot)) return false;
    if (!root.host.hasAttribute('data-zoom-meeting-button')) return false;
    this.value = v;
    return true;
  }`;
  await until(`a control labelled "${label}"`, async () => {
    for (const node of await findAll(page, '', new RegExp(`^${label}\\b`)).nodes())
      if (await onNode<boolean>(page, node, set, value)) return true;
  });
}
