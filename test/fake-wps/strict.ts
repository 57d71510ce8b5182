/**
 * Strictness of the fake WPS object model: every member access is one counted call (WPS crosses
 * a process boundary per call), a member that src/wps/wps-api.d.ts does not declare throws, and
 * writes to single cells are counted so that cell-by-cell loops fail the tests.
 */

export class FakeWpsError extends Error {
  override readonly name = "FakeWpsError";
}

export interface CallCounter {
  calls: number;
  byMember: Map<string, number>;
  /** Members an "old WPS" lacks ("Shapes.AddChart2"): they read as undefined. */
  missing: ReadonlySet<string>;
}

export interface MemberSpec {
  /** Readable members (properties and methods). */
  get: readonly string[];
  /** Writable properties. */
  set?: readonly string[];
}

/** Wraps a fake object so that only declared members exist, each access counted. */
export function strict<T extends object>(
  typeName: string,
  target: object,
  spec: MemberSpec,
  counter: CallCounter
): T {
  const readable = new Set(spec.get);
  const writable = new Set(spec.set ?? []);
  const count = (member: string) => {
    const key = `${typeName}.${member}`;
    counter.calls++;
    counter.byMember.set(key, (counter.byMember.get(key) ?? 0) + 1);
    return key;
  };
  return new Proxy(target, {
    get(object, prop) {
      // Promise resolution and inspection probe these; they are not WPS calls.
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      if (!readable.has(prop) && !writable.has(prop))
        throw new FakeWpsError(`${typeName}.${prop} is not part of the WPS object model used`);
      const key = count(prop);
      if (counter.missing.has(key)) return undefined;
      const value: unknown = Reflect.get(object, prop, object);
      return typeof value === "function" ? (value as () => unknown).bind(object) : value;
    },
    set(object, prop, value) {
      if (typeof prop === "symbol" || !writable.has(prop))
        throw new FakeWpsError(`${typeName}.${String(prop)} cannot be set`);
      count(prop);
      return Reflect.set(object, prop, value, object);
    },
    has(object, prop) {
      return typeof prop === "string" && (readable.has(prop) || writable.has(prop));
    },
  }) as T;
}
