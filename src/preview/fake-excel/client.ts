/**
 * The client side of the fake host: proxy objects with Office.js semantics. Properties throw
 * PropertyNotLoaded until load() + sync(); writes and calls are queued and applied at sync();
 * *OrNullObject methods give null objects. No Node APIs here.
 */
import type { MergedArea } from "../../core/index";

export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

/** One queued request: its payload is what travels to Excel; run() applies it at sync time. */
export interface QueuedOperation {
  payload: unknown;
  /** Minor version of ExcelApi the member needs (1.13 → 13). */
  requires: number;
  /** Applies the operation; a load returns what it read (the response) and a commit to publish it. */
  run(): { response?: unknown; commit?: () => void } | void;
}

export interface ContextLike {
  queue(operation: QueuedOperation): void;
}

type LoadArgument = string | string[] | { select?: string | string[] } | undefined;

export interface PropertySpec<T> {
  get?: (target: T) => unknown;
  set?: (target: T, value: unknown) => void;
  requires?: number;
}

/** Property names from load("a, b") / load(["a","b"]) / load({select:"a,b"}). */
export function loadedNames(argument: LoadArgument): string[] {
  const raw =
    argument === undefined
      ? []
      : typeof argument === "string" || Array.isArray(argument)
        ? argument
        : (argument.select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : raw.flatMap((p) => p.split(","));
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

export abstract class FakeClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  protected abstract readonly properties: Record<string, PropertySpec<T>>;

  constructor(
    protected readonly context: ContextLike,
    /** Finds the target at sync time; null = the object does not exist. */
    protected readonly resolveTarget: () => T | null,
    protected readonly path: string,
    protected readonly nullable = false
  ) {}

  get isNullObject(): boolean {
    return this.read("isNullObject") as boolean;
  }

  /** Reads a loaded property, like Office.js: before load() + sync() it throws. */
  protected read(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new FakeRichApiError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.path}.${name}`
      );
    }
    if (name !== "isNullObject" && this.loaded.get("isNullObject") === true) {
      throw new FakeRichApiError("PropertyNotLoaded", `'${name}' of a null object`, this.path);
    }
    return this.loaded.get(name);
  }

  /** The target, or ItemNotFound (used inside operations, at sync time). */
  target(): T {
    const found = this.resolveTarget();
    if (found === null)
      throw new FakeRichApiError(
        "ItemNotFound",
        `The requested resource doesn't exist.`,
        this.path
      );
    return found;
  }

  load(argument?: LoadArgument): this {
    const names = loadedNames(argument);
    this.context.queue({
      payload: { load: this.path, names },
      requires: Math.max(1, ...names.map((n) => this.properties[n]?.requires ?? 1)),
      run: () => {
        const found = this.resolveTarget();
        if (found === null) {
          if (!this.nullable)
            throw new FakeRichApiError(
              "ItemNotFound",
              `The requested resource doesn't exist.`,
              this.path
            );
          return {
            response: { isNullObject: true },
            commit: () => this.loaded.set("isNullObject", true),
          };
        }
        const response: Record<string, unknown> = {};
        for (const name of names) response[name] = this.loadProperty(found, name);
        return {
          response,
          commit: () => {
            this.loaded.set("isNullObject", false);
            for (const name of names) this.loaded.set(name, response[name]);
          },
        };
      },
    });
    return this;
  }

  protected loadProperty(target: T, name: string): unknown {
    const spec = this.properties[name];
    if (!spec?.get)
      throw new FakeRichApiError("InvalidArgument", `Cannot load '${name}'`, this.path);
    return clone(spec.get(target));
  }

  protected write(name: string, value: unknown): void {
    const spec = this.properties[name];
    if (!spec?.set) throw new TypeError(`Cannot set read-only property '${name}' of ${this.path}`);
    const set = spec.set;
    this.context.queue({
      payload: { set: `${this.path}.${name}`, value },
      requires: spec.requires ?? 1,
      run: () => set(this.target(), value),
    });
  }

  /** Queues a method call applied at sync time. */
  protected call(
    name: string,
    args: unknown[],
    requires: number,
    apply: (target: T) => void
  ): void {
    this.context.queue({
      payload: { call: `${this.path}.${name}`, args },
      requires,
      run: () => apply(this.target()),
    });
  }

  /** Publishes values loaded through a collection's items. */
  publish(values: Record<string, unknown>): void {
    this.loaded.set("isNullObject", false);
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Generates getters (read loaded values) and setters (queue writes) for a proxy class. */
export function defineProperties<T>(
  cls: { prototype: FakeClientObject<T> },
  names: string[]
): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get(this: FakeClientObject<T>) {
        return (this as unknown as { read(n: string): unknown }).read(name);
      },
      set(this: FakeClientObject<T>, value: unknown) {
        (this as unknown as { write(n: string, v: unknown): void }).write(name, value);
      },
      configurable: true,
    });
  }
}

/** A target created by an operation in the same batch (worksheets.add, charts.add…). */
export class Slot<T> {
  value: T | null = null;
  get(): T | null {
    return this.value;
  }
}

export function clone<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}

export function intersects(a: MergedArea, b: MergedArea): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
