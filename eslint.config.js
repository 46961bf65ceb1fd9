// @ts-check
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-cli/", "dist-action/", ".astro/", ".tmp/", "node_modules/", "content/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Tests build deliberately malformed runbooks; `any` there is the point.
      "@typescript-eslint/no-explicit-any": "off",
      // `const { dropped: _dropped, ...kept } = x` is how a field is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
);
