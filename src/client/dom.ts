/** Small DOM builders for the pages' scripts: text is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A sentence from a runbook field with its `code` spans as <code>, the one Markdown these fields use inline. */
export function inlineCode(text: string): (Node | string)[] {
  return text.split(/(`+)([^`]+?)\1/).flatMap((part, i): (Node | string)[] => {
    if (i % 3 === 1) return [];
    if (i % 3 === 2) return [el("code", {}, part)];
    return part ? [part] : [];
  });
}
