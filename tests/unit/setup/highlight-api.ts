// happy-dom has no CSS Custom Highlight API and no StaticRange. These stand-ins keep the same shape
// (a registry of named sets of ranges), so lib/highlight runs in Node exactly as it does in Chromium;
// the browser tests check the real thing.
class StaticRangeStandIn {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  readonly collapsed: boolean;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
    this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
  }
}

class HighlightStandIn extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

const globals = globalThis as Record<string, unknown>;
globals.StaticRange ??= StaticRangeStandIn;
globals.Highlight ??= HighlightStandIn;
// happy-dom's `CSS` getter returns a new object each time: pin one that carries the registry.
const css = Object.assign(globals.CSS ?? {}, { highlights: new Map<string, HighlightStandIn>() });
Object.defineProperty(globalThis, 'CSS', { value: css, configurable: true, writable: true });
