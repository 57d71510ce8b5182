/**
 * Dense ids for the distinct strings of a list, in order of first appearance: 0 for the first
 * key, 1 for the next new one, and so on. For telling repeated keys among 100,000s of project
 * codes and names, where a Map of that many strings spends its time missing the CPU cache: this
 * table is a typed array of a few bytes a key, and a key's text is compared only on equal hashes.
 */
export class KeyIds {
  /** Open-addressed slots: id + 1, or 0 for empty. */
  private slots: Int32Array;
  private mask: number;
  private readonly keys: string[] = [];
  /** Each id's hash; room for as many ids as the table takes before it grows. */
  private hashes: Int32Array;

  /** `expected`: how many keys at most, roughly (the table grows past it if need be). */
  constructor(expected: number) {
    this.slots = new Int32Array(tableSize(expected));
    this.mask = this.slots.length - 1;
    this.hashes = new Int32Array(this.slots.length / 2);
  }

  /** The key's id; a new key gets the next one (the number of distinct keys before it). */
  idOf(key: string): number {
    const hash = hashOf(key);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = this.slots[slot];
      if (stored === 0) return this.add(key, hash, slot);
      const id = stored - 1;
      if (this.hashes[id] === hash && this.keys[id] === key) return id;
    }
  }

  private add(key: string, hash: number, slot: number): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    // At most half full, so probes stay short.
    if (this.keys.length === this.hashes.length) this.grow();
    return id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    const hashes = new Int32Array(this.slots.length / 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
    for (let id = 0; id < this.keys.length; id++) {
      let slot = this.hashes[id] & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
  }
}

/** A power of two at least twice `expected` (and at least 16). */
function tableSize(expected: number): number {
  let size = 16;
  while (size < expected * 2) size *= 2;
  return size;
}

/**
 * A 32-bit hash of the UTF-16 code units (slots take its low bits): the ×31 string hash, then an
 * xorshift to spread codes that differ in their last digits. Shifts only: no Math.imul, which the
 * classic (IE11) pane has no polyfill for.
 */
function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) - hash + text.charCodeAt(i)) | 0;
  hash ^= hash << 13;
  hash ^= hash >>> 17;
  hash ^= hash << 5;
  return hash | 0;
}
