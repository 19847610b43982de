export const id = 70;
export const ids = [70];
export const modules = {

/***/ 9070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IMPORT_USAGE: () => (/* binding */ IMPORT_USAGE),
  importCommand: () => (/* binding */ importCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/adapters/config/loader.js + 16 modules
var loader = __webpack_require__(9211);
// EXTERNAL MODULE: ./lib/src/adapters/fs/atomic-write.js
var atomic_write = __webpack_require__(8472);
;// CONCATENATED MODULE: ./lib/src/core/import/promptfoo/template.js
// promptfoo templates are Nunjucks; evalgate's are mustache. Plain `{{ name }}` / `{{ a.b }}` mean the same
// in both. Blocks (`{% … %}`), comments (`{# … #}`), filters (`{{ x | upper }}`) and expressions have no
// mustache equivalent: the template is reported, never half-converted.
const SIMPLE_VAR = /^\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*$/;
/** Why a Nunjucks template cannot become a mustache one, or undefined when it can as it is. */
function nunjucksProblem(text) {
    const block = /\{%-?\s*(\w+)/.exec(text);
    if (block)
        return `Nunjucks block {% ${block[1]} %} (mustache has sections {{#var}}…{{/var}} for conditionals and lists)`;
    if (/\{#/.test(text))
        return 'Nunjucks comment {# … #}';
    for (const m of text.matchAll(/\{\{(\{?)([\s\S]*?)\}\}/g)) {
        const inner = m[2] ?? '';
        if (m[1] === '{' || /^[#^/>!&=]/.test(inner))
            return `"{{${m[1]}${inner}}}" reads differently in mustache`;
        if (inner.includes('|'))
            return `Nunjucks filter in "{{${inner}}}"`;
        if (!SIMPLE_VAR.test(inner))
            return `Nunjucks expression "{{${inner}}}"`;
    }
    return undefined;
}
/** Replaces `{{ name }}` with the case's variable, for assertion values that promptfoo renders per test. */
function substituteVars(text, vars) {
    const missing = [];
    const out = text.replace(/\{\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}\}/g, (all, name) => {
        let cur = vars;
        for (const part of name.split('.'))
            cur = cur !== null && typeof cur === 'object' ? cur[part] : undefined;
        if (cur === undefined) {
            missing.push(name);
            return all;
        }
        return typeof cur === 'string' ? cur : JSON.stringify(cur);
    });
    return { text: out, missing };
}
function hasTemplate(text) {
    return /\{\{|\{%/.test(text);
}

;// CONCATENATED MODULE: ./lib/src/core/import/promptfoo/types.js
// Shared shapes of the promptfoo import: what the conversion needs from outside (file reads) and what it
// reports back (the config object, files to write, and every piece it could not carry over, with why).
function isObj(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
/** `file://path` → path (promptfoo's file reference), else undefined. */
function fileRef(x) {
    return typeof x === 'string' && x.startsWith('file://') ? x.slice('file://'.length) : undefined;
}
/** A name usable as a suite or provider name: letters, digits, ".", "_" or "-". */
function slug(s) {
    const out = s
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/-+$/, '');
    return out === '' ? 'x' : out.slice(0, 60);
}
/** `base`, then `base-2`, `base-3`… whichever is not taken yet. */
function unique(base, taken) {
    if (!taken.has(base))
        return base;
    for (let i = 2;; i++)
        if (!taken.has(`${base}-${i}`))
            return `${base}-${i}`;
}

;// CONCATENATED MODULE: ./lib/src/core/import/promptfoo/asserts.js
// promptfoo assertions → evalgate assertions. Most types share name and meaning; `value`s that render
// variables are filled from the case; inline JavaScript becomes an exported function in a generated
// module; types without an equivalent are reported with the reason.


/** Same name, same `value` shape. */
const SAME = new Set([
    'equals', 'contains', 'icontains', 'contains-any', 'icontains-any', 'contains-all', 'icontains-all',
    'starts-with', 'regex', 'is-json', 'llm-rubric', 'factuality', 'similar', 'answer-relevance',
    'context-relevance', 'context-faithfulness', 'is-refusal',
]);
/** Graded by a judge model (a grader `provider` applies to them). */
const MODEL_GRADED = new Set(['llm-rubric', 'factuality', 'answer-relevance', 'context-relevance', 'context-faithfulness', 'model-graded-closedqa', 'model-graded-factuality']);
const NOT_NEGATABLE = new Set(['latency', 'cost']);
const NO_EQUIVALENT = {
    python: 'runs Python; evalgate checks are JavaScript functions (`javascript: file.mjs:name`)',
    'contains-json': 'no evalgate type finds JSON inside other text (is-json / json-schema need the whole output to be JSON)',
    levenshtein: 'no edit-distance assertion in evalgate (`similar` compares meaning, `equals` exact text)',
    'rouge-n': 'no ROUGE assertion in evalgate', bleu: 'no BLEU assertion in evalgate', gleu: 'no GLEU assertion in evalgate', meteor: 'no METEOR assertion in evalgate',
    perplexity: 'needs token log-probabilities, which evalgate does not request', 'perplexity-score': 'needs token log-probabilities',
    moderation: 'calls a moderation API; evalgate has `no-pii` and `is-refusal` for policy checks',
    webhook: 'calls your HTTP endpoint', classifier: 'runs a HuggingFace classifier',
    'select-best': 'compares outputs of several prompts with each other; evalgate grades each output on its own',
    'max-score': 'compares outputs of several prompts with each other', 'g-eval': 'no G-Eval assertion in evalgate',
    'assert-set': 'a nested set with its own threshold has no evalgate equivalent',
    'is-valid-openai-tools-call': 'no tool-call validation in evalgate', 'is-valid-openai-function-call': 'no tool-call validation in evalgate',
    'is-xml': 'no XML assertion in evalgate', 'contains-xml': 'no XML assertion in evalgate', 'is-sql': 'no SQL assertion in evalgate',
    'contains-sql': 'no SQL assertion in evalgate', guardrails: 'a provider-side guardrail result', 'context-recall': 'no context-recall metric in evalgate',
};
function convertAssertion(a, scope, ctx) {
    const { where } = scope;
    if (!isObj(a) || typeof a['type'] !== 'string') {
        ctx.skip(where, JSON.stringify(a).slice(0, 60), 'not an assertion object with a type');
        return undefined;
    }
    const rawType = a['type'];
    const negated = rawType.startsWith('not-');
    const base = negated ? rawType.slice(4) : rawType;
    const out = {};
    const type = mapType(base, a, out, scope, ctx);
    if (type === undefined)
        return undefined;
    if (negated && NOT_NEGATABLE.has(type)) {
        ctx.skip(where, rawType, `${type} cannot be negated in evalgate`);
        return undefined;
    }
    for (const key of Object.keys(a)) {
        if (key === 'transform' || key === 'contextTransform') {
            ctx.skip(where, `${rawType} ${key}`, 'transforms run JavaScript on the output before the check; evalgate checks the output as returned');
            return undefined;
        }
        if (key === 'metric')
            ctx.note(where, `metric "${String(a[key])}" dropped: evalgate reports per suite and case`);
    }
    const result = { type: negated ? `not-${type}` : type, ...out };
    if (typeof a['weight'] === 'number')
        result['weight'] = a['weight'];
    if (typeof a['threshold'] === 'number' && type !== 'latency' && type !== 'cost' && a['threshold'] >= 0 && a['threshold'] <= 1) {
        result['threshold'] = a['threshold'];
    }
    if (MODEL_GRADED.has(base)) {
        const grader = a['provider'] !== undefined ? ctx.provider(a['provider'], `${where}.provider`) : scope.grader;
        if (grader)
            result['provider'] = grader;
    }
    return result;
}
/** Sets `value` (and type-specific keys) on `out`; returns the evalgate type or undefined when skipped. */
function mapType(type, a, out, scope, ctx) {
    const { where } = scope;
    const why = NO_EQUIVALENT[type];
    if (why) {
        ctx.skip(where, type, why);
        return undefined;
    }
    const value = a['value'];
    if (type === 'javascript')
        return javascript(value, out, scope, ctx);
    if (type === 'latency' || type === 'cost') {
        if (typeof a['threshold'] !== 'number') {
            ctx.skip(where, type, 'needs a numeric threshold');
            return undefined;
        }
        out['value'] = a['threshold'];
        return type;
    }
    if (type === 'word-count') {
        if (typeof value === 'number')
            out['value'] = { min: value, max: value };
        else if (isObj(value))
            out['value'] = value;
        else
            return skipValue(where, type, ctx);
        return type;
    }
    if (type === 'model-graded-closedqa') {
        ctx.note(where, 'model-graded-closedqa converted to llm-rubric with the same criterion');
        return textValue('llm-rubric', value, out, scope, ctx);
    }
    if (type === 'model-graded-factuality')
        return textValue('factuality', value, out, scope, ctx);
    if (!SAME.has(type)) {
        ctx.skip(where, type, 'unknown to this importer, and not an evalgate assertion type');
        return undefined;
    }
    if (type === 'is-json') {
        const schemaFile = fileRef(value);
        if (schemaFile !== undefined) {
            out['value'] = ctx.refPath(schemaFile);
            return 'json-schema';
        }
        if (isObj(value))
            out['value'] = value;
        return type;
    }
    if (type === 'is-refusal')
        return type;
    if (type === 'answer-relevance' || type === 'context-relevance' || type === 'context-faithfulness') {
        // promptfoo reads the question from `query` and the context from `context`.
        out['questionVar'] = 'query';
        if (type !== 'answer-relevance')
            out['contextVar'] = 'context';
        return type;
    }
    if (type === 'similar') {
        const embed = ctx.provider('openai:embedding:text-embedding-3-large', where);
        if (embed)
            out['provider'] = embed;
        ctx.note(where, 'similar uses embeddings (text-embedding-3-large, promptfoo\'s default) through the provider "embed"');
    }
    if ((type === 'factuality' || type === 'similar') && value === undefined)
        return type; // the case's `expected`
    if (type.endsWith('-any') || type.endsWith('-all')) {
        const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
        if (!Array.isArray(list))
            return skipValue(where, type, ctx);
        const filled = list.map((v) => fill(String(v), scope, ctx));
        if (filled.some((v) => v === undefined))
            return undefined;
        out['value'] = filled;
        return type;
    }
    if (type === 'equals' && typeof value !== 'string') {
        if (value === undefined)
            return skipValue(where, type, ctx);
        out['value'] = value;
        return type;
    }
    return textValue(type, value, out, scope, ctx);
}
function textValue(type, value, out, scope, ctx) {
    let text;
    const file = fileRef(value);
    if (file !== undefined) {
        text = ctx.read(file);
        if (text === undefined) {
            ctx.skip(scope.where, type, `file ${file} not found`);
            return undefined;
        }
        text = text.replace(/\r?\n$/, '');
    }
    else if (typeof value === 'string' || typeof value === 'number')
        text = String(value);
    if (text === undefined)
        return skipValue(scope.where, type, ctx);
    const filled = fill(text, scope, ctx);
    if (filled === undefined)
        return undefined;
    out['value'] = filled;
    return type;
}
/** Renders `{{ var }}` in a value from the case's vars; a suite-wide value must be free of them. */
function fill(text, scope, ctx) {
    if (!text.includes('{{'))
        return text;
    if (scope.vars === undefined) {
        ctx.skip(scope.where, text.slice(0, 60), 'a suite-wide value that renders variables (internal: should have been moved to the cases)');
        return undefined;
    }
    const { text: filled, missing } = substituteVars(text, scope.vars);
    if (missing.length || filled.includes('{{')) {
        ctx.skip(scope.where, text.slice(0, 60), `template in the value cannot be filled from the test's vars${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`);
        return undefined;
    }
    return filled;
}
function javascript(value, out, scope, ctx) {
    const file = fileRef(value);
    if (file !== undefined) {
        if (!/\.(m?js|cjs)(:[\w$]+)?$/.test(file)) {
            ctx.skip(scope.where, `javascript ${file}`, 'evalgate imports plain JavaScript modules (.js/.mjs/.cjs); compile TypeScript first');
            return undefined;
        }
        const [path, fn] = file.split(':');
        out['value'] = fn ? `${ctx.refPath(path)}:${fn}` : ctx.refPath(path);
        return 'javascript';
    }
    if (typeof value !== 'string' || value.trim() === '')
        return skipValue(scope.where, 'javascript', ctx);
    out['value'] = ctx.inlineCheck(value, scope.where);
    return 'javascript';
}
function skipValue(where, type, ctx) {
    ctx.skip(where, type, 'missing or unsupported value');
    return undefined;
}
/**
 * A CSV `__expected` cell in promptfoo's shorthand (`contains: x`, `similar(0.8): x`, `grade: rubric`,
 * `fn: output.length < 9`, `not-icontains: x`; anything else is `equals`) → a promptfoo assertion.
 */
function parseExpected(cell) {
    const trimmed = cell.trim();
    const fileCheck = /^(file:\/\/.+\.(?:m?js|cjs|py)(?::[\w$]+)?)$/.exec(trimmed);
    if (fileCheck)
        return { type: /\.py/.test(trimmed) ? 'python' : 'javascript', value: fileCheck[1] };
    const m = /^(not-)?([a-z][a-z-]*)(?:\(([\d.]+)\))?(?::\s?([\s\S]*))?$/.exec(trimmed);
    if (m && (m[4] !== undefined || m[3] !== undefined || /^(is-json|contains-json|is-refusal|is-xml|is-sql)$/.test(m[2]))) {
        const neg = m[1] ?? '';
        const alias = { grade: 'llm-rubric', fn: 'javascript', eval: 'javascript' };
        const type = alias[m[2]] ?? m[2];
        if (NO_EQUIVALENT[type] || SAME.has(type) || ['javascript', 'latency', 'cost', 'word-count', 'model-graded-closedqa'].includes(type)) {
            const a = { type: `${neg}${type}` };
            if (m[4] !== undefined)
                a['value'] = m[4];
            if (m[3] !== undefined)
                a['threshold'] = Number(m[3]);
            if ((type === 'latency' || type === 'cost') && m[4] !== undefined)
                a['threshold'] = Number(m[4]);
            return a;
        }
    }
    return { type: 'equals', value: trimmed };
}

;// CONCATENATED MODULE: ./lib/src/core/import/promptfoo/prompts.js
// promptfoo prompts → evalgate prompt files. A text or chat file that is already valid as a mustache template
// is referenced where it is (editing it keeps selecting its suites on a PR); inline prompts, files holding
// several prompts (`---` separated) and chats that need normalising are written as new files.



function convertPrompts(prompts, ctx) {
    const list = prompts === undefined ? [] : Array.isArray(prompts) ? prompts : isObj(prompts) && !('id' in prompts) && !('raw' in prompts) ? Object.entries(prompts).map(([id, label]) => ({ id, label })) : [prompts];
    const out = [];
    list.forEach((p, i) => out.push(...convertOne(p, `prompts[${i}]`, i, ctx)));
    return out;
}
function convertOne(p, where, index, ctx) {
    let raw;
    let label;
    if (typeof p === 'string')
        raw = p;
    else if (isObj(p)) {
        raw = typeof p['raw'] === 'string' ? p['raw'] : typeof p['id'] === 'string' ? p['id'] : undefined;
        if (typeof p['label'] === 'string')
            label = p['label'];
        if (p['function'] !== undefined)
            raw = undefined;
    }
    if (raw === undefined) {
        ctx.skip(where, JSON.stringify(p).slice(0, 60), 'not a prompt string, file:// reference or {raw|id, label}');
        return [];
    }
    const file = fileRef(raw);
    if (file === undefined)
        return inlinePrompt(raw, label ?? `prompt-${index + 1}`, where, ctx);
    if (/[*?[\]{}]/.test(file)) {
        ctx.skip(where, raw, 'glob patterns of prompt files are not expanded: list the files');
        return [];
    }
    if (/\.(py|js|ts|mjs|cjs)(:[\w$]+)?$/.test(file)) {
        ctx.skip(where, raw, 'a prompt function builds the prompt in code; write its output as a template file');
        return [];
    }
    const text = ctx.read(file);
    if (text === undefined) {
        ctx.skip(where, raw, 'file not found');
        return [];
    }
    const baseLabel = label ?? file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
    if (/\.(json|ya?ml|jsonl)$/i.test(file)) {
        const messages = chatMessages(text, file);
        if (typeof messages === 'string') {
            ctx.skip(where, raw, messages);
            return [];
        }
        return chatPrompt(messages, baseLabel, where, ctx, isPlainChat(text, file) ? ctx.refPath(file) : undefined);
    }
    const parts = text.split(/^---\s*$/m).map((s) => s.replace(/^\r?\n/, '').replace(/\r?\n$/, ''));
    if (parts.length === 1) {
        const problem = nunjucksProblem(text);
        if (problem) {
            ctx.skip(where, raw, `${problem}; rewrite the prompt as a mustache template`);
            return [];
        }
        return [{ label: baseLabel, path: ctx.refPath(file) }];
    }
    return parts.flatMap((part, i) => inlinePrompt(part, `${baseLabel}-${i + 1}`, `${where} (part ${i + 1})`, ctx));
}
function inlinePrompt(text, label, where, ctx) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
        const messages = chatMessages(trimmed, 'inline.json');
        if (typeof messages !== 'string')
            return chatPrompt(messages, label, where, ctx);
    }
    const problem = nunjucksProblem(text);
    if (problem) {
        ctx.skip(where, text.slice(0, 60), `${problem}; rewrite the prompt as a mustache template`);
        return [];
    }
    return [{ label, path: ctx.addFile(`prompts/${slug(label)}.txt`, `${text}\n`) }];
}
function chatMessages(text, file) {
    let parsed;
    try {
        parsed = /\.jsonl$/i.test(file) ? text.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l)) : (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        return `unreadable chat prompt: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((m) => isObj(m) && typeof m['role'] === 'string')) {
        return 'a chat prompt file must be a list of {role, content} messages';
    }
    return parsed;
}
function isPlainChat(text, file) {
    if (/\.jsonl$/i.test(file))
        return false;
    const parsed = (0,dist/* parse */.qg)(text);
    return parsed.every((m) => isObj(m) && Object.keys(m).every((k) => k === 'role' || k === 'content'));
}
function chatPrompt(messages, label, where, ctx, existing) {
    const out = [];
    for (const [i, m] of messages.entries()) {
        if (!['system', 'user', 'assistant'].includes(m.role) || typeof m.content !== 'string') {
            ctx.skip(`${where} message ${i + 1}`, m.role, 'evalgate chats hold system, user and assistant messages with text content (no images or tool messages)');
            return [];
        }
        const problem = nunjucksProblem(m.content);
        if (problem) {
            ctx.skip(`${where} message ${i + 1}`, m.content.slice(0, 60), `${problem}; rewrite the prompt as a mustache template`);
            return [];
        }
        out.push({ role: m.role, content: m.content });
    }
    if (existing)
        return [{ label, path: existing }];
    return [{ label, path: ctx.addFile(`prompts/${slug(label)}.json`, `${JSON.stringify(out, null, 2)}\n`) }];
}

;// CONCATENATED MODULE: ./lib/src/core/import/promptfoo/providers.js
// promptfoo provider ids → evalgate providers (type openai, any OpenAI-compatible endpoint). OpenAI,
// Ollama and OpenRouter ids have an OpenAI-compatible endpoint; other vendors' native APIs do not and are
// reported. A literal apiKey is never copied into evalgate.yml: it becomes an environment reference.

const ENDPOINTS = {
    ollama: { baseUrl: 'http://localhost:11434/v1', apiKey: 'ollama' },
    openrouter: { baseUrl: 'https://openrouter.ai/api/v1', apiKey: '${OPENROUTER_API_KEY}' },
};
/** Request fields evalgate sends as they are (`extraBody`). */
const PASS_THROUGH = new Set(['response_format', 'stop', 'frequency_penalty', 'presence_penalty', 'logit_bias', 'tools', 'tool_choice', 'reasoning_effort', 'n']);
const IGNORED = new Set(['cost', 'inputCost', 'outputCost', 'organization', 'headers']);
/** A provider entry (string id, `{id, label, config}`, or `{ "<id>": {config} }`) → settings, or a reason. */
function convertProvider(entry) {
    let id;
    let label;
    let config = {};
    if (typeof entry === 'string')
        id = entry;
    else if (isObj(entry) && typeof entry['id'] === 'string') {
        id = entry['id'];
        if (typeof entry['label'] === 'string')
            label = entry['label'];
        if (isObj(entry['config']))
            config = entry['config'];
    }
    else if (isObj(entry) && Object.keys(entry).length === 1) {
        const [k, v] = Object.entries(entry)[0];
        id = k;
        if (isObj(v)) {
            if (typeof v['label'] === 'string')
                label = v['label'];
            if (isObj(v['config']))
                config = v['config'];
        }
    }
    if (id === undefined)
        return { why: 'not a provider id or {id, config} object', id: JSON.stringify(entry) };
    if (id.startsWith('file://') || /^(exec|python|http|https|webhook|echo|sequence|browser|websocket):/.test(id) || /\.(js|ts|py)$/.test(id)) {
        return { why: 'a custom provider (script, HTTP or file) runs your code; evalgate calls an OpenAI-compatible endpoint', id };
    }
    const parts = id.split(':');
    const vendor = parts[0] ?? '';
    if (vendor !== 'openai' && !(vendor in ENDPOINTS)) {
        return { why: `no OpenAI-compatible endpoint for "${vendor}": point an openai provider's baseUrl at a gateway (e.g. LiteLLM) that serves it`, id };
    }
    const notes = [];
    let model;
    const kind = parts.length > 2 ? parts[1] : 'chat';
    if (vendor === 'openai') {
        model = parts.length > 2 ? parts.slice(2).join(':') : parts[1];
        if (kind !== 'chat' && kind !== 'embedding' && kind !== 'embeddings')
            notes.push(`promptfoo's "${kind}" API is called as chat completions`);
    }
    else {
        model = parts.length > 2 && (kind === 'chat' || kind === 'completion') ? parts.slice(2).join(':') : parts.slice(1).join(':');
    }
    if (!model)
        return { why: 'no model in the provider id', id };
    const settings = { type: 'openai', model };
    const endpoint = ENDPOINTS[vendor];
    if (endpoint)
        Object.assign(settings, endpoint);
    const extraBody = {};
    const dropped = [];
    for (const [k, v] of Object.entries(config)) {
        if (k === 'temperature' && typeof v === 'number')
            settings['temperature'] = v;
        else if ((k === 'max_tokens' || k === 'max_completion_tokens') && typeof v === 'number')
            settings['maxTokens'] = v;
        else if (k === 'top_p' && typeof v === 'number')
            settings['topP'] = v;
        else if (k === 'seed' && typeof v === 'number')
            settings['seed'] = v;
        else if (k === 'timeout' && typeof v === 'number')
            settings['timeoutMs'] = v;
        else if (k === 'apiBaseUrl' && typeof v === 'string')
            settings['baseUrl'] = v;
        else if (k === 'apiHost' && typeof v === 'string')
            settings['baseUrl'] = `https://${v}/v1`;
        else if (k === 'apiKeyEnvar' && typeof v === 'string')
            settings['apiKey'] = `\${${v}}`;
        else if (k === 'apiKey')
            notes.push('the literal apiKey was not copied: evalgate reads OPENAI_API_KEY (or set apiKey: ${YOUR_VAR})');
        else if (PASS_THROUGH.has(k))
            extraBody[k] = v;
        else if (!IGNORED.has(k))
            dropped.push(k);
    }
    if (Object.keys(extraBody).length)
        settings['extraBody'] = extraBody;
    return { name: slug(label ?? model), settings, notes, dropped };
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./lib/src/core/import/promptfoo/tests.js
// promptfoo tests → raw test objects: inline lists, `file://` CSV / JSON / JSONL / YAML files (CSV columns
// are vars, `__expected…` columns assertions in shorthand), `file://` variable values read from disk, and
// list-valued vars expanded into one test per combination as promptfoo does.




/** The `tests` value (list, file reference, or list mixing both) → test objects with their positions. */
function collectTests(tests, ctx) {
    if (tests === undefined)
        return [];
    const items = Array.isArray(tests) ? tests : [tests];
    const out = [];
    items.forEach((item, i) => {
        const where = Array.isArray(tests) ? `tests[${i}]` : 'tests';
        const file = fileRef(item) ?? (isObj(item) && typeof item['path'] === 'string' ? item['path'].replace(/^file:\/\//, '') : undefined);
        if (file !== undefined)
            out.push(...testFile(file, where, ctx));
        else if (isObj(item))
            out.push({ where, test: item });
        else
            ctx.skip(where, JSON.stringify(item).slice(0, 60), 'not a test object or file:// reference');
    });
    return out;
}
function testFile(file, where, ctx) {
    if (/[*?[\]{}]/.test(file)) {
        ctx.skip(where, file, 'glob patterns of test files are not expanded: list the files');
        return [];
    }
    if (/^https?:/.test(file) || /\.(py|js|ts|xlsx)$/.test(file)) {
        ctx.skip(where, file, 'tests generated by code, spreadsheets or URLs are not read: export them to CSV, JSONL or YAML');
        return [];
    }
    const text = ctx.read(file);
    if (text === undefined) {
        ctx.skip(where, file, 'file not found');
        return [];
    }
    try {
        if (/\.csv$/i.test(file))
            return csvTests(text, file);
        if (/\.jsonl$/i.test(file)) {
            return text
                .split(/\r?\n/)
                .map((line, i) => ({ line, i }))
                .filter(({ line }) => line.trim() !== '')
                .map(({ line, i }) => ({ where: `${file}:${i + 1}`, test: asTest(JSON.parse(line)) }));
        }
        const parsed = (0,dist/* parse */.qg)(text);
        const list = Array.isArray(parsed) ? parsed : [parsed];
        return list.map((t, i) => ({ where: `${file}[${i}]`, test: asTest(t) }));
    }
    catch (e) {
        ctx.skip(where, file, `unreadable: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        return [];
    }
}
function asTest(x) {
    if (!isObj(x))
        throw new Error('a test must be an object');
    return x;
}
function csvTests(text, file) {
    const rows = (0,sync/* parse */.qg)(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true });
    return rows.map((row, i) => {
        const vars = {};
        const assert = [];
        const test = {};
        for (const [col, cell] of Object.entries(row)) {
            if (/^__expected\d*$/.test(col)) {
                if (cell.trim() !== '')
                    assert.push(parseExpected(cell));
            }
            else if (col === '__description')
                test['description'] = cell;
            else if (col === '__threshold' && cell.trim() !== '')
                test['threshold'] = Number(cell);
            else if (col.startsWith('__'))
                test[col] = cell;
            else
                vars[col] = cell;
        }
        return { where: `${file}:${i + 2}`, test: { ...test, vars, ...(assert.length ? { assert } : {}) } };
    });
}
/** Reads `file://` variable values: text as a string, .json/.yaml as data; scripts and images are reported. */
function resolveVars(vars, where, ctx) {
    if (vars === undefined)
        return {};
    if (!isObj(vars)) {
        ctx.skip(`${where}.vars`, JSON.stringify(vars).slice(0, 60), 'vars must be a map (a file of vars is not read)');
        return undefined;
    }
    const out = {};
    for (const [name, value] of Object.entries(vars)) {
        const resolved = resolveValue(value, `${where}.vars.${name}`, ctx);
        if (resolved === undefined)
            return undefined;
        out[name] = resolved.value;
    }
    return out;
}
function resolveValue(value, where, ctx) {
    if (Array.isArray(value)) {
        const items = [];
        for (const [i, v] of value.entries()) {
            const r = resolveValue(v, `${where}[${i}]`, ctx);
            if (!r)
                return undefined;
            items.push(r.value);
        }
        return { value: items };
    }
    const file = fileRef(value);
    if (file === undefined)
        return { value };
    if (/\.(py|js|ts|png|jpe?g|gif|webp|pdf|mp3|wav)$/i.test(file)) {
        ctx.skip(where, file, 'a variable computed by a script or holding an image, audio or PDF is not converted');
        return undefined;
    }
    const text = ctx.read(file);
    if (text === undefined) {
        ctx.skip(where, file, 'file not found');
        return undefined;
    }
    if (/\.(json|ya?ml)$/i.test(file))
        return { value: (0,dist/* parse */.qg)(text) };
    return { value: text.replace(/\r?\n$/, '') };
}
/** promptfoo runs a test once per combination of its list-valued vars. */
function expandVars(vars) {
    let combos = [{}];
    for (const [name, value] of Object.entries(vars)) {
        const options = Array.isArray(value) ? value : [value];
        combos = combos.flatMap((c) => options.map((v) => ({ ...c, [name]: v })));
    }
    return combos;
}

// EXTERNAL MODULE: ./lib/src/core/util/canonical-json.js
var canonical_json = __webpack_require__(2090);
;// CONCATENATED MODULE: ./lib/src/core/import/promptfoo/convert.js
// promptfoo config → evalgate.yml: one suite per prompt × provider (promptfoo's evaluation matrix), every
// suite on the same cases. Pure: files come in through `read`, generated files go out in the result, and
// everything that could not be carried over is listed with its position and the reason.








/** Generated files live in this folder next to the written evalgate.yml. */
const GENERATED_DIR = 'evalgate';
/** promptfoo's default OpenAI grader: the judge when the config names none. */
const DEFAULT_GRADER = 'openai:gpt-4.1';
const TOP_LEVEL_SKIP = {
    scenarios: 'scenarios (config × tests combinations) are not converted: add their vars to the tests',
    nunjucksFilters: 'custom Nunjucks filters have no mustache equivalent',
    derivedMetrics: 'derived metrics are not computed by evalgate',
    extensions: 'extension hooks run your code around the evaluation',
    redteam: 'red-team generation is not part of evalgate',
    evaluateOptions: 'evaluation options (maxConcurrency, repeat, delay…) map to defaults.concurrency / defaults.repeat: set them by hand',
    env: 'environment values are not copied into evalgate.yml: export them in the shell or the workflow',
};
const TOP_LEVEL_IGNORED = new Set(['description', 'prompts', 'providers', 'targets', 'tests', 'defaultTest', 'outputPath', 'sharing', 'tags', 'metadata', 'writeLatestResults', 'commandLineOptions', '$schema']);
function importPromptfoo(raw, io) {
    const result = { config: {}, files: [], skipped: [], notes: [] };
    const providers = {};
    const providerById = new Map();
    const checks = [];
    const ctx = {
        read: io.read,
        refPath: io.refPath ?? ((p) => p),
        // Cases expanded from one test repeat its problems: each is listed once.
        skip: (where, what, why) => {
            if (!result.skipped.some((s) => s.where === where && s.what === what && s.why === why))
                result.skipped.push({ where, what, why });
        },
        note: (where, text) => {
            if (!result.notes.some((n) => n.text === text))
                result.notes.push({ where, text });
        },
        addFile: (path, content) => {
            const taken = new Set(result.files.map((f) => f.path));
            const dot = path.lastIndexOf('.');
            let full = `${GENERATED_DIR}/${path}`;
            for (let i = 2; taken.has(full); i++)
                full = `${GENERATED_DIR}/${path.slice(0, dot)}-${i}${path.slice(dot)}`;
            result.files.push({ path: full, content });
            return full;
        },
        provider: (id, where) => registerProvider(id, where),
        inlineCheck: (code, where) => {
            checks.push(`// ${where}\nexport function check${checks.length + 1}(output, context) {\n${code.includes('\n') ? code : `  return (${code.trim()});`}\n}\n`);
            return `${GENERATED_DIR}/checks.mjs:check${checks.length}`;
        },
    };
    function registerProvider(entry, where) {
        const key = typeof entry === 'string' ? entry : (0,canonical_json/* canonicalJson */.d)(entry);
        const known = providerById.get(key);
        if (known)
            return known;
        const c = convertProvider(entry);
        if ('why' in c) {
            ctx.skip(where, c.id, c.why);
            return undefined;
        }
        const name = unique(/embedding/.test(key) ? 'embed' : c.name, new Set(Object.keys(providers)));
        providers[name] = c.settings;
        providerById.set(key, name);
        for (const n of c.notes)
            ctx.note(where, n);
        if (c.dropped.length)
            ctx.skip(where, `config: ${c.dropped.join(', ')}`, 'provider settings with no evalgate equivalent');
        return name;
    }
    if (!isObj(raw)) {
        ctx.skip('(config)', typeof raw, 'a promptfoo config is a YAML or JSON object');
        return result;
    }
    for (const key of Object.keys(raw)) {
        const why = TOP_LEVEL_SKIP[key];
        if (why)
            ctx.skip(key, key, why);
        else if (!TOP_LEVEL_IGNORED.has(key))
            ctx.skip(key, key, 'not a promptfoo key this importer knows');
    }
    const prompts = convertPrompts(raw['prompts'], ctx);
    const providerList = raw['providers'] ?? raw['targets'];
    const suiteProviders = (Array.isArray(providerList) ? providerList : providerList === undefined ? [] : [providerList])
        .map((p, i) => registerProvider(p, `providers[${i}]`))
        .filter((n) => n !== undefined);
    // defaultTest: vars and assertions for every test; options.provider is the grader.
    let defaults = {};
    const dt = raw['defaultTest'];
    if (typeof dt === 'string' && dt.startsWith('file://')) {
        ctx.skip('defaultTest', dt, 'a defaultTest file is not read: inline it');
    }
    else if (isObj(dt))
        defaults = dt;
    const dOptions = isObj(defaults['options']) ? defaults['options'] : {};
    for (const k of Object.keys(dOptions))
        if (k !== 'provider')
            ctx.skip(`defaultTest.options.${k}`, k, optionWhy(k));
    const grader = dOptions['provider'] !== undefined ? registerProvider(dOptions['provider'], 'defaultTest.options.provider') : undefined;
    const defaultVars = resolveVars(defaults['vars'], 'defaultTest', ctx) ?? {};
    const defaultAsserts = Array.isArray(defaults['assert']) ? defaults['assert'] : [];
    // Values that render variables must be filled per case: those assertions move into every case.
    const perCase = defaultAsserts.filter((a) => hasTemplate(JSON.stringify(isObj(a) ? (a['value'] ?? '') : '')));
    const suiteAssert = defaultAsserts
        .map((a, i) => (perCase.includes(a) ? undefined : convertAssertion(a, { where: `defaultTest.assert[${i}]` }, ctx)))
        .filter((a) => a !== undefined);
    const listDefaults = Object.values(defaultVars).some(Array.isArray);
    const cases = [];
    const usedIds = new Set();
    const seenVars = new Set();
    for (const { where, test } of collectTests(raw['tests'], ctx)) {
        const options = isObj(test['options']) ? test['options'] : {};
        const blocking = Object.keys(options).filter((k) => k !== 'provider');
        const testKeys = Object.keys(test).filter((k) => ['provider', 'providers', 'prompts', '__prefix', '__suffix', 'providerOutput'].includes(k));
        if (blocking.length || testKeys.length) {
            const k = blocking[0] ?? testKeys[0];
            ctx.skip(where, blocking[0] ? `options.${k}` : k, blocking[0] ? optionWhy(k) : testOptionWhy(k));
            continue;
        }
        // The config-wide grader is defaults.judge; a test's own grader goes on its model-graded assertions.
        const testGrader = options['provider'] !== undefined ? registerProvider(options['provider'], `${where}.options.provider`) : undefined;
        const own = resolveVars(test['vars'], where, ctx);
        if (own === undefined)
            continue;
        const merged = { ...defaultVars, ...own };
        const combos = expandVars(listDefaults ? merged : own);
        if (combos.length > 1)
            ctx.note(where, `list-valued vars expanded into ${combos.length} cases`);
        combos.forEach((vars) => {
            const at = where;
            const full = { ...defaultVars, ...vars };
            const scope = (i, from) => ({ where: `${at}.${from}[${i}]`, vars: full, ...(testGrader ? { grader: testGrader } : {}) });
            const assert = [
                ...defaultAsserts.flatMap((a, i) => (perCase.includes(a) ? [convertAssertion(a, scope(i, 'defaultTest.assert'), ctx)] : [])),
                ...(Array.isArray(test['assert']) ? test['assert'] : []).map((a, i) => convertAssertion(a, scope(i, 'assert'), ctx)),
            ].filter((a) => a !== undefined);
            const c = {};
            const key = (0,canonical_json/* canonicalJson */.d)(vars);
            // evalgate derives a case's id from its vars: tests that share vars need ids of their own.
            if (seenVars.has(key))
                c['id'] = unique(slug(typeof test['description'] === 'string' ? test['description'] : `case-${cases.length + 1}`), usedIds);
            seenVars.add(key);
            if (typeof c['id'] === 'string')
                usedIds.add(c['id']);
            if (typeof test['description'] === 'string')
                c['description'] = test['description'];
            c['vars'] = vars;
            if (assert.length)
                c['assert'] = assert;
            if (typeof test['threshold'] === 'number')
                c['threshold'] = test['threshold'];
            cases.push(c);
        });
    }
    if (checks.length)
        ctx.addFile('checks.mjs', `// JavaScript assertions converted from promptfoo (inline \`javascript\` values).\n// Each is called as fn(output, { vars, expected, latencyMs, costUsd, tokens }).\n\n${checks.join('\n')}`);
    const casesPath = cases.length ? ctx.addFile('cases.yaml', (0,dist/* stringify */.As)(cases, { lineWidth: 0, aliasDuplicateObjects: false })) : undefined;
    const suites = [];
    const names = new Set();
    for (const p of prompts) {
        for (const prov of suiteProviders) {
            const name = unique(slug(suiteProviders.length > 1 ? `${p.label}-${prov}` : p.label), names);
            names.add(name);
            const suite = { name, prompt: p.path, cases: casesPath ?? [] };
            if (prov !== suiteProviders[0])
                suite['provider'] = prov;
            if (!listDefaults && Object.keys(defaultVars).length)
                suite['vars'] = defaultVars;
            if (suiteAssert.length)
                suite['assert'] = suiteAssert;
            suites.push(suite);
        }
    }
    if (!suites.length)
        ctx.skip('(suites)', 'prompts × providers', 'no prompt or no provider could be converted, so there is no suite');
    if (!cases.length)
        ctx.skip('(cases)', 'tests', 'no test could be converted');
    const needsJudge = [...suiteAssert, ...cases.flatMap((c) => (Array.isArray(c['assert']) ? c['assert'] : []))].some((a) => MODEL_GRADED.has(String(a['type']).replace(/^not-/, '')) && a['provider'] === undefined);
    let judge = grader;
    if (needsJudge && !judge) {
        judge = registerProvider(DEFAULT_GRADER, 'defaultTest.options.provider');
        ctx.note('defaultTest.options.provider', `no grader named: model-graded assertions use ${DEFAULT_GRADER.slice('openai:'.length)} (promptfoo's default OpenAI grader)`);
    }
    const config = { version: 1, providers };
    const d = {};
    if (suiteProviders[0])
        d['provider'] = suiteProviders[0];
    if (judge && needsJudge)
        d['judge'] = judge;
    else if (grader)
        ctx.note('defaultTest.options.provider', 'the grader is not used by any converted assertion');
    if (Object.keys(d).length)
        config['defaults'] = d;
    config['suites'] = suites;
    result.config = config;
    if (typeof raw['description'] === 'string')
        result.notes.unshift({ where: 'description', text: raw['description'] });
    return result;
}
function optionWhy(k) {
    if (/transform/i.test(k))
        return 'transforms run JavaScript on the output before the checks; evalgate checks the output as returned';
    if (k === 'prefix' || k === 'suffix')
        return 'prompt prefixes and suffixes are not applied: add them to the prompt';
    return 'a test option with no evalgate equivalent';
}
function testOptionWhy(k) {
    if (k === '__prefix' || k === '__suffix')
        return 'prompt prefixes and suffixes are not applied: add them to the prompt';
    if (k === 'providerOutput')
        return 'a fixed output to grade is not an evaluation of a model';
    return 'a test bound to particular providers or prompts: evalgate runs every case of a suite';
}
/** The written evalgate.yml: a header saying where it came from, then the config. */
function importedYaml(result, source) {
    const description = result.notes.find((n) => n.where === 'description')?.text;
    const header = [
        `# Converted from ${source} by \`evalgate import promptfoo\`.`,
        ...(description ? [`# ${description.split('\n')[0]}`] : []),
        `# ${result.skipped.length} item(s) could not be converted (listed when the import ran).`,
        '# yaml-language-server: $schema=https://unpkg.com/evalgate/schema/evalgate.schema.json',
    ].join('\n');
    return `${header}\n${(0,dist/* stringify */.As)(result.config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

// EXTERNAL MODULE: ./lib/src/cli/args.js
var args = __webpack_require__(6294);
// EXTERNAL MODULE: ./lib/src/cli/report-error.js
var report_error = __webpack_require__(7786);
// EXTERNAL MODULE: ./lib/src/app/runtime.js + 35 modules
var runtime = __webpack_require__(697);
;// CONCATENATED MODULE: ./lib/src/cli/commands/import.js
// `evalgate import promptfoo [promptfooconfig.yaml] [--out evalgate.yml] [--force]`: converts a promptfoo
// suite (core/import/promptfoo), writes evalgate.yml and its generated files, lists everything that was not
// converted and why, then loads the written config to prove it is valid.
// Exit 0 written and loads, 2 usage error, unreadable input, nothing to convert, or a written config that
// does not load (its problems are printed).









const IMPORT_USAGE = `Usage: evalgate import promptfoo [promptfooconfig.yaml] [--out evalgate.yml] [--force]

Converts a promptfoo config (prompts × providers × tests, defaultTest, file:// references, CSV/JSONL/YAML
tests with __expected columns) into an evalgate.yml plus generated files in evalgate/ next to it, and lists
what could not be converted and why. Existing files are not overwritten without --force.
`;
const DEFAULT_INPUTS = ['promptfooconfig.yaml', 'promptfooconfig.yml', 'promptfooconfig.json'];
const importCommand = async (argv, io) => {
    try {
        const { values, positionals } = (0,args/* parseCommandArgs */.Qx)(argv, { out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
        if (values.help) {
            io.stdout(IMPORT_USAGE);
            return 0;
        }
        const [format, input, ...extra] = positionals;
        if (format !== 'promptfoo')
            throw new args/* UsageError */.eb(`unknown format ${format === undefined ? '(none)' : `"${format}"`}; supported: promptfoo`);
        if (extra.length)
            throw new args/* UsageError */.eb(`unexpected argument "${extra[0]}"`);
        return await importFromPromptfoo(input, values.out ?? 'evalgate.yml', values.force === true, io);
    }
    catch (err) {
        return (0,report_error/* reportError */.N)(err, io, 'import');
    }
};
async function importFromPromptfoo(input, out, force, io) {
    const inputPath = input !== undefined ? (0,external_node_path_.resolve)(io.cwd, input) : DEFAULT_INPUTS.map((f) => (0,external_node_path_.resolve)(io.cwd, f)).find((f) => (0,external_node_fs_.existsSync)(f));
    if (inputPath === undefined)
        throw new args/* UsageError */.eb(`no ${DEFAULT_INPUTS.join(' / ')} here; name the config file`);
    let raw;
    try {
        raw = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(inputPath, 'utf8'));
    }
    catch (e) {
        throw new args/* UsageError */.eb(`cannot read ${input ?? inputPath}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    const srcDir = (0,external_node_path_.dirname)(inputPath);
    const outPath = (0,external_node_path_.resolve)(io.cwd, out);
    const outDir = (0,external_node_path_.dirname)(outPath);
    const posix = (p) => p.split(external_node_path_.sep).join('/');
    const result = importPromptfoo(raw, {
        read: (p) => {
            try {
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(srcDir, p), 'utf8');
            }
            catch {
                return undefined;
            }
        },
        refPath: (p) => posix((0,external_node_path_.relative)(outDir, (0,external_node_path_.resolve)(srcDir, p))),
    });
    for (const n of result.notes.filter((x) => x.where !== 'description'))
        io.stderr(`note: ${n.where}: ${n.text}\n`);
    if (result.skipped.length) {
        io.stdout(`Not converted (${result.skipped.length}):\n`);
        for (const s of result.skipped)
            io.stdout(`  - ${s.where}: ${s.what} — ${s.why}\n`);
    }
    const suites = result.config['suites'] ?? [];
    if (!suites.length) {
        io.stderr('evalgate import: nothing written: no suite could be converted\n');
        return 2;
    }
    const targets = [{ path: outPath, content: importedYaml(result, posix((0,external_node_path_.relative)(outDir, inputPath))) }, ...result.files.map((f) => ({ path: (0,external_node_path_.join)(outDir, f.path), content: f.content }))];
    const existing = targets.filter((t) => (0,external_node_fs_.existsSync)(t.path));
    if (existing.length && !force) {
        throw new args/* UsageError */.eb(`${existing.map((t) => (0,external_node_path_.relative)(io.cwd, t.path)).join(', ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite`);
    }
    for (const t of targets)
        await (0,atomic_write/* writeFileAtomic */.Z)(t.path, t.content, { makeDir: true });
    const cases = result.files.find((f) => f.path.endsWith('cases.yaml'));
    io.stdout(`Wrote ${(0,external_node_path_.relative)(io.cwd, outPath) || out} (${suites.length} suite${suites.length === 1 ? '' : 's'}) and ${result.files.length} file(s) in ${(0,external_node_path_.relative)(io.cwd, (0,external_node_path_.join)(outDir, 'evalgate')) || 'evalgate'}/${cases ? '' : ' (no cases)'}\n`);
    try {
        await (0,loader/* loadConfig */.Z)(outPath, { env: io.env, scorers: (0,runtime/* buildScorerRegistry */._c)() });
    }
    catch (err) {
        io.stderr('the written config does not load yet:\n');
        return (0,report_error/* reportError */.N)(err, io, 'import');
    }
    io.stdout(`It loads: try \`evalgate run --config ${(0,external_node_path_.relative)(io.cwd, outPath) || out}\`\n`);
    return 0;
}


/***/ })

};
