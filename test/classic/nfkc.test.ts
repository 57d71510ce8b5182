/** The classic pane's stand-in for String.prototype.normalize("NFKC") (IE11 has none). */
import assert from "node:assert/strict";
import { installNormalize, nfkcLite } from "../../src/taskpane-classic/nfkc";
import { normalizeText } from "../../src/core/parse/text";
import { NFKC_BLOCKS } from "./nfkc-blocks";

describe("classic pane: NFKC stand-in for IE11", function () {
  it("maps every character of the covered blocks exactly as native NFKC does", function () {
    const wrong: string[] = [];
    let mapped = 0;
    for (const [first, last] of NFKC_BLOCKS) {
      for (let code = first; code <= last; code++) {
        const char = String.fromCharCode(code);
        const expected = char.normalize("NFKC");
        if (expected !== char) mapped++;
        if (nfkcLite(char) !== expected) wrong.push(code.toString(16));
      }
    }
    assert.deepEqual(wrong, []);
    assert.equal(mapped, 1802);
  });

  it("normalises ledger text like native NFKC: full-width, ①, ㈠, ㎡, Kangxi radicals", function () {
    const samples = [
      "总投资（万元）",
      "２０２４年１－６月完成投资",
      "㈠续建项目（２１个）",
      "①道路工程　建设规模１２０００㎡",
      "⽣态环境项目",
      "完成率％",
      "Plain ASCII stays",
    ];
    for (const text of samples) assert.equal(nfkcLite(text), text.normalize("NFKC"), text);
    assert.equal(nfkcLite("㈠续建项目（２１个）"), "(一)续建项目(21个)");
  });

  it("installs String.prototype.normalize only where it is missing", function () {
    const native = Object.getOwnPropertyDescriptor(String.prototype, "normalize")!;
    installNormalize();
    assert.equal(String.prototype.normalize, native.value, "a native normalize is kept");
    delete (String.prototype as { normalize?: unknown }).normalize;
    try {
      installNormalize();
      assert.notEqual(String.prototype.normalize, native.value);
      assert.equal("（１）".normalize("NFKC"), "(1)");
      assert.equal("（１）".normalize(), "（１）");
      assert.throws(() => "x".normalize("NFX" as "NFC"), RangeError);
      // The reader's own normalisation goes through it.
      assert.equal(normalizeText("總投資（萬元） "), "总投资(万元)");
    } finally {
      Object.defineProperty(String.prototype, "normalize", native);
    }
  });
});
