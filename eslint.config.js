// @ts-check
import tseslint from "typescript-eslint";

export default tseslint.config({ ignores: ["dist/", ".astro/", ".tmp/", "node_modules/", "content/"] }, ...tseslint.configs.recommended, {
  rules: {
    // Tests build deliberately malformed runbooks; `any` there is the point.
    "@typescript-eslint/no-explicit-any": "off",
  },
});
