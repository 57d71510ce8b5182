// ESLint flat config for `npm run lint` (office-addin-lint check uses this file when present):
// the Office add-in rules (Excel API load/sync mistakes, prettier) for TS and TSX, plus React.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import reactPlugin from "eslint-plugin-react";
import layering from "./scripts/eslint/layering.mjs";

// The plugin's rule block targets js/ts only; the same block is applied to .tsx below.
const officeRules = officeAddins.configs.recommended.find((config) => config.files);

export default [
  { ignores: ["dist/**", "node_modules/**", "lib/**", "coverage/**", "test-artifacts/**"] },
  ...officeAddins.configs.react,
  { ...officeRules, files: ["**/*.tsx"] },
  reactPlugin.configs.flat["jsx-runtime"],
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "18" } },
    plugins: { layering },
    rules: {
      "layering/imports": "error",
      // TypeScript checks names (and knows the Office, Excel, DOM and mocha globals); ESLint's
      // no-undef does not understand type-only names.
      "no-undef": "off",
      // Props are typed in TypeScript.
      "react/prop-types": "off",
      // A leading underscore marks a binding kept on purpose (positional parameters, rest siblings).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
];
