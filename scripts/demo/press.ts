import type { CDPSession, Page } from 'playwright-core';

// Pressing the calendar button as a person does. The button may live in a CLOSED shadow root that
// answers only trusted events: no page script or Playwright locator reaches it. The accessibility
// tree is built on the flat tree, so `Accessibility.queryAXTree` finds it by role and name whether
// its root is open or closed; `DOM.getContentQuads` says where it is on screen, and a mouse click
// there is a real, trusted click. Texts are read by resolving the node over the DevTools protocol.

interface AXNode {
  backendDOMNodeId?: number;
  ignored: boolean;
  name?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A string names exactly (spaces squashed), a RegExp matches as itself. */
const named = (name: string, wanted: string | RegExp) =>
  typeof wanted === 'string' ? squash(name) === wanted : wanted.test(squash(name));

async function nodesOf(page: Page, role: string, name?: string | RegExp): Promise<AXNode[]> {
  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodes } = (await session.send('Accessibility.queryAXTree', {
    backendNodeId: root.backendNodeId,
    role,
  })) as { nodes: AXNode[] };
  return nodes.filter(
    (n) =>
      !n.ignored &&
      n.backendDOMNodeId !== undefined &&
      (name === undefined || named(String(n.name?.value ?? ''), name)),
  );
}

/** Polls `probe` until it gives a value; names `what` when it times out. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeout: number): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const disabled = (n: AXNode) => n.properties?.some((p) => p.name === 'disabled' && p.value.value === true);

/** Waits until a button with this accessible name is on the page. */
export async function waitForButton(page: Page, name: string | RegExp, timeout = 20_000): Promise<void> {
  await until(
    `a button named ${String(name)}`,
    async () => (await nodesOf(page, 'button', name))[0],
    timeout,
  );
}

/** Waits for an enabled button with this accessible name, scrolls it in and clicks its centre. */
export async function pressButton(page: Page, name: string | RegExp, timeout = 20_000): Promise<void> {
  const session = await cdp(page);
  const [x, y] = await until(
    `an enabled button named ${String(name)}`,
    async () => {
      for (const node of await nodesOf(page, 'button', name)) {
        if (disabled(node)) continue;
        try {
          const backendNodeId = node.backendDOMNodeId!;
          await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
          const quad = (await session.send('DOM.getContentQuads', { backendNodeId })).quads[0];
          if (!quad) continue;
          return [
            (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4,
            (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4,
          ];
        } catch {
          // Re-rendered under us (the node is gone): look it up again.
        }
      }
      return undefined;
    },
    timeout,
  );
  await page.mouse.click(x!, y!);
}

async function textOf(page: Page, backendNodeId: number): Promise<string> {
  const session = await cdp(page);
  const { object } = await session.send('DOM.resolveNode', { backendNodeId });
  const { result } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: 'function () { return this.textContent; }',
    returnByValue: true,
  });
  return squash(String(result.value ?? ''));
}

/** Waits for a node of `role` (e.g. the button's `status`) whose text matches, and returns that text. */
export async function waitForText(page: Page, role: string, text: RegExp, timeout = 20_000): Promise<string> {
  return until(
    `a ${role} reading ${text}`,
    async () => {
      for (const node of await nodesOf(page, role)) {
        const value = await textOf(page, node.backendDOMNodeId!).catch(() => '');
        if (text.test(value)) return value;
      }
      return undefined;
    },
    timeout,
  );
}
