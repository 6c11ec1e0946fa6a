// Lint, and the layering rules of design.md made checkable: the machines and the domain are
// pure, the runtime never touches Electron, the renderer sees nothing but the bridge contract.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'pure code: no Node built-ins here' };
const electron = { group: ['electron'], message: 'only electron/ may import Electron' };
const layer = (folders, message) => ({ group: folders.map((folder) => `**/${folder}/**`), message });
/** The same, for the renderer: the other layers are only ever reached by going up out of renderer/ (its own staff/devices screens are not the devices layer). */
const layerAbove = (folders, message) => ({ group: folders.map((folder) => `../**/${folder}/**`), message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['domain/**/*.ts', 'state-machines/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            electron,
            layer(['runtime', 'devices', 'renderer', 'electron'], 'pure code: no runtime, devices or UI here'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'process'],
      // Time comes in as data (context, input, a clock), never read from the wall clock here.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'pure code does not read the clock' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'pure code does not read the clock' },
      ],
    },
  },
  {
    files: ['bridge/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron, layer(['runtime', 'devices', 'renderer', 'electron', 'domain', 'state-machines'], 'the contract stands alone')] }],
    },
  },
  {
    files: ['runtime/**/*.ts', 'devices/**/*.ts', 'hil/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electron, layer(['renderer', 'electron'], 'the runtime runs without a UI or Electron')] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            electron,
            layerAbove(['runtime', 'devices', 'electron', 'domain', 'state-machines'], 'the renderer knows only the bridge contract'),
          ],
        },
      ],
    },
  },
);
