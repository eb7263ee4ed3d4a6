"""Transcribe a TMF v4 swagger into Smithy IDL text (a one-off helper, not part of the project).

usage: python3 sw2smithy.py config.json
config: {swagger, namespace, outdir, service, basePath, spec{...}, component{...}, calls[], resources:[{path, entity, plural, tag}],
         extraAt: [defs that get @type/@baseType/@schemaLocation], skip: [defs], header: {file: doc}, native: "smithy text"}
"""
import json, sys, re, os

cfg = json.load(open(sys.argv[1]))
sw = json.load(open(cfg['swagger']))
defs = sw['definitions']
ns = cfg['namespace']
base = cfg['basePath']
SKIP = {'Error', 'EventSubscription', 'EventSubscriptionInput', 'Any'} | set(cfg.get('skip', []))
AT = {'@type': 'type', '@baseType': 'baseType', '@schemaLocation': 'schemaLocation', '@referredType': 'referredType'}
AT_DOC = {
    '@baseType': 'When sub-classing, this defines the super-class',
    '@schemaLocation': 'A URI to a JSON-Schema file that defines additional attributes and relationships',
    '@type': 'When sub-classing, this defines the sub-class entity name',
}
lists = {}  # list shape name -> member target


def doc(text, indent=''):
    if not text:
        return ''
    text = text.strip().replace('\r', '')
    out = []
    for line in text.split('\n'):
        line = line.strip()
        out.append(f'{indent}/// {line}'.rstrip())
    return '\n'.join(out) + '\n'


def ref_name(r):
    return r.split('/')[-1]


def is_enum(n):
    return n in defs and 'enum' in defs[n]


def member_type(prop, owner, name):
    """Returns (target, extra_traits)."""
    traits = []
    if '$ref' in prop:
        t = ref_name(prop['$ref'])
        if t == 'Any':
            return 'Document', traits
        if t in ('Error',):
            return 'oda.tmf#' + t, traits
        return t, traits
    ty = prop.get('type')
    if ty == 'array':
        it = prop['items']
        if '$ref' in it:
            t = ref_name(it['$ref'])
            if t == 'Any':
                ln = 'DocumentList'; lists[ln] = 'Document'
            else:
                ln = t + 'List'; lists[ln] = t
            return ln, traits
        raise SystemExit(f'unsupported array {owner}.{name}: {prop}')
    if ty == 'string':
        if prop.get('format') == 'date-time':
            return 'Timestamp', ['@timestampFormat("date-time")']
        if 'enum' in prop:
            raise SystemExit(f'inline enum {owner}.{name}')
        return 'String', traits
    if ty == 'integer':
        return ('Long' if prop.get('format') == 'int64' else 'Integer'), traits
    if ty == 'number':
        return ('Float' if prop.get('format') == 'float' else 'Double'), traits
    if ty == 'boolean':
        return 'Boolean', traits
    if ty is None and not prop:
        return 'Document', traits
    raise SystemExit(f'unsupported {owner}.{name}: {prop}')


def enum_member(v):
    s = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', v)
    s = re.sub(r'[^A-Za-z0-9]+', '_', s).strip('_').upper()
    if not s or s[0].isdigit():
        s = 'V_' + s
    return s


def emit_struct(n, s, extra_at=False, mixin_docs=None):
    out = doc(s.get('description'))
    trait = cfg.get('structTraits', {}).get(n)
    if trait:
        out += trait + '\n'
    out += f'structure {n} {{\n'
    req = set(s.get('required', []))
    props = dict(s.get('properties', {}))
    if extra_at:
        for k in ('@baseType', '@schemaLocation', '@type'):
            if k not in props:
                props[k] = {'type': 'string', 'description': AT_DOC[k] + ' (not in the published v4 schema; see docs/models.md)'}
    first = True
    for k, p in props.items():
        t, traits = member_type(p, n, k)
        d = p.get('description') or ''
        if p.get('format') == 'uri' and 'uri' not in d.lower():
            d = (d + ' (format: uri)').strip()
        if not first:
            out += '\n'
        first = False
        out += doc(d, '    ')
        if k in req:
            out += '    @required\n'
        for tr in traits:
            out += f'    {tr}\n'
        mname = k
        if k.startswith('@'):
            out += f'    @jsonName("{k}")\n'
            mname = AT[k]
        out += f'    {mname}: {t}\n'
    out += '}\n'
    return out


def emit_enum(n, s):
    out = doc(s.get('description'))
    out += f'enum {n} {{\n'
    for v in s['enum']:
        out += f'    {enum_member(v)} = "{v}"\n'
    out += '}\n'
    return out


def header(doctext):
    import textwrap
    lines = ''.join(f'// {l}\n' for l in textwrap.wrap(doctext, 97))
    return f'$version: "2.0"\n\n{lines}namespace {ns}\n\n'


def write(fname, text):
    path = os.path.join(cfg['outdir'], fname)
    open(path, 'w').write(text)
    print('wrote', path, text.count('\n'), 'lines')


event_defs = [n for n in defs if re.search(r'Event(Payload)?$', n)]
entity_defs = [n for n in defs if n not in SKIP and n not in event_defs]

# ---- entities (possibly split into several files)
groups = cfg.get('entityFiles') or {'entities.smithy': None}
assigned = set()
for fname, members in groups.items():
    names = [n for n in entity_defs if (members is None or n in members) and n not in assigned]
    if members is None:
        names = [n for n in entity_defs if n not in assigned]
    assigned |= set(names)
    text = header(cfg['docs'][fname])
    for n in names:
        s = defs[n]
        text += (emit_enum(n, s) if 'enum' in s else emit_struct(n, s, n in cfg.get('extraAt', []))) + '\n'
    if fname == cfg.get('listsIn', 'entities.smithy'):
        pass
    write(fname, text.rstrip('\n') + '\n@@LISTS@@')

# ---- events
ev_groups = cfg.get('eventFiles') or {'events.smithy': None}
done = set()
for fname, prefixes in ev_groups.items():
    text = header(cfg['docs'][fname])
    for n in event_defs:
        if n in done or (prefixes is not None and not any(re.match(p + r'[A-Z]', n) for p in prefixes)):
            continue
        done.add(n)
        text += emit_struct(n, defs[n]) + '\n'
    if fname != 'events.smithy':
        write(fname, text.rstrip('\n') + '\n')

write('events.smithy', text.rstrip('\n') + '\n@@LISTS@@')
text = header(cfg['docs'].get('listener.smithy', cfg['docs']['events.smithy']))
# listener service and operations
listener_ops = []
for p, item in sw['paths'].items():
    if not p.startswith('/listener/'):
        continue
    o = item['post']
    opname = o['operationId'][0].upper() + o['operationId'][1:]
    listener_ops.append(opname)
    body = ref_name(o['parameters'][0]['schema']['$ref'])
    errs = [c for c in o['responses'] if c != '201']
    text += doc(o.get('summary', '') + '\n\n' + (o.get('description') or ''))
    text += f'@http(method: "POST", uri: "{base}{p}", code: 201)\n'
    text += f'operation {opname} {{\n    input := {{\n        /// The event data\n        @required\n        @httpPayload\n        data: {body}\n    }}\n'
    text += '    output := {\n        /// Echo of the subscription, as the specification declares it for the 201 response\n        @httpPayload\n        eventSubscription: oda.tmf#EventSubscription\n    }\n'
    text += '\n    errors: [\n' + ''.join(f'        {cfg["errmap"][c]}\n' for c in errs) + '    ]\n}\n\n'
lsvc = cfg['service'] + 'Listener'
text = text.replace('@@LISTENER@@', '')
text += doc(f"Client side of the {cfg['spec']['id']} notifications: the operations a listener implements to receive the events\n"
            f"it subscribed to through `POST /hub`. The specification lists these paths as \"Example of a client listener\";\n"
            f"the inventory component does not implement them, it calls them.")
text += f'@oda#specification({cfg["specTrait"]})\n@oda#restApi(basePath: "{base}", errorFormat: "tmf", trailingSlash: true)\n'
text += f'service {lsvc} {{\n    version: "{cfg["spec"]["version"]}"\n    operations: [\n'
text += ''.join(f'        {o}\n' for o in listener_ops) + '    ]\n}\n'
write('listener.smithy', text.rstrip('\n') + '\n')

# ---- operations per resource
res_shapes = []
HUBF = cfg.get('hubFile', 'operations.smithy')
opfiles = {HUBF: header(cfg['docs']['service.smithy'])}
for r in cfg['resources']:
    f = r.get('file', HUBF)
    if f not in opfiles:
        opfiles[f] = header(cfg['docs'][f])
    text = ''
    P = r['path']; E = r['entity']; plural = r['plural']; var = E[0].lower() + E[1:]
    col = sw['paths'].get(P) or sw['paths'].get(P + '/')
    one = sw['paths'].get(P + '/{id}')
    ops = {}
    def errs(o, ok):
        return '[\n' + ''.join(f'        {cfg["errmap"][c]}\n' for c in o['responses'] if c != ok) + '    ]'
    rname = E + 'Resource'
    res_shapes.append(rname)
    body = f'/// The {E} resource (`{P}`), identified by `id`.\nresource {rname} {{\n    identifiers: {{ id: String }}\n'
    if 'post' in col: body += f'    create: Create{E}\n'
    if 'get' in one: body += f'    read: Retrieve{E}\n'
    if 'patch' in one: body += f'    update: Patch{E}\n'
    if 'delete' in one: body += f'    delete: Delete{E}\n'
    body += f'    list: List{E}\n}}\n\n'
    text += body
    o = col['get']
    text += doc(f"{o.get('summary','')}\n\n{o.get('description','')}")
    flt = r.get('filterable')
    tl = '@oda#tmfList' + (f'(filterable: [{", ".join(chr(34) + x + chr(34) for x in flt)}])' if flt else '')
    text += f'@readonly\n@http(method: "GET", uri: "{base}{P}", code: 200)\n{tl}\n@oda#tmfFields\n'
    text += f'''operation List{E} {{
    input := @suppress(["HttpQueryParamsTrait"]) {{
        /// Comma-separated properties to be provided in response
        @httpQuery("fields")
        fields: String

        /// Requested index for start of resources to be provided in response
        @httpQuery("offset")
        offset: Integer

        /// Requested number of resources to be provided in response
        @httpQuery("limit")
        limit: Integer

        /// Attribute filters (`?state=active`), see `@oda#tmfList`. `fields`, `offset` and `limit`
        /// take precedence (TMF630), hence the suppressed HttpQueryParamsTrait note.
        @httpQueryParams
        filters: oda.tmf#QueryFilters
    }}

    output := {{
        /// Total number of items matching criteria
        @httpHeader("X-Total-Count")
        totalCount: Integer

        /// Actual number of items returned in the response body
        @httpHeader("X-Result-Count")
        resultCount: Integer

        /// The {E} objects of this page, sent as a JSON array
        @required
        @httpPayload
        {plural}: {E}List
    }}

    errors: {errs(o, '200')}
}}

'''
    lists[E + 'List'] = E
    if 'post' in col:
        o = col['post']
        cbody = ref_name(o['parameters'][0]['schema']['$ref'])
        text += doc(f"{o.get('summary','')}\n\n{o.get('description','')}")
        text += f'@http(method: "POST", uri: "{base}{P}", code: 201)\n'
        text += f'''operation Create{E} {{
    input := {{
        /// The {E} to be created
        @required
        @httpPayload
        {var}: {cbody}
    }}

    output := {{
        /// The created {E}, with its `id` and `href`
        @required
        @httpPayload
        {var}: {E}
    }}

    errors: {errs(o, '201')}
}}

'''
    if 'get' in one:
        o = one['get']
        text += doc(f"{o.get('summary','')}\n\n{o.get('description','')}")
        text += f'@readonly\n@http(method: "GET", uri: "{base}{P}/{{id}}", code: 200)\n@oda#tmfFields\n'
        text += f'''operation Retrieve{E} {{
    input := {{
        /// Identifier of the {E}
        @required
        @httpLabel
        id: String

        /// Comma-separated properties to provide in response
        @httpQuery("fields")
        fields: String
    }}

    output := {{
        /// The {E}
        @required
        @httpPayload
        {var}: {E}
    }}

    errors: {errs(o, '200')}
}}

'''
    if 'patch' in one:
        o = one['patch']
        ubody = ref_name([x for x in o['parameters'] if x['in'] == 'body'][0]['schema']['$ref'])
        text += doc(f"{o.get('summary','')}\n\n{o.get('description','')}")
        text += f'@http(method: "PATCH", uri: "{base}{P}/{{id}}", code: 200)\n@oda#mergePatch\n'
        text += f'''operation Patch{E} {{
    input := {{
        /// Identifier of the {E}
        @required
        @httpLabel
        id: String

        /// The {E} to be updated (JSON Merge Patch)
        @required
        @httpPayload
        {var}: {ubody}
    }}

    output := {{
        /// The updated {E}
        @required
        @httpPayload
        {var}: {E}
    }}

    errors: {errs(o, '200')}
}}

'''
    if 'delete' in one:
        o = one['delete']
        text += doc(f"{o.get('summary','')}\n\n{o.get('description','')}")
        text += f'@idempotent\n@http(method: "DELETE", uri: "{base}{P}/{{id}}", code: 204)\n'
        text += f'''operation Delete{E} {{
    input := {{
        /// Identifier of the {E}
        @required
        @httpLabel
        id: String
    }}

    output := {{}}

    errors: {errs(o, '204')}
}}

'''
    opfiles[f] += text
# hub
text = ''
hp = sw['paths']['/hub']['post']; hd = sw['paths']['/hub/{id}']['delete']
text += '''/// A listener registration on the hub, identified by `id`.
resource HubResource {
    identifiers: { id: String }
    create: RegisterListener
    delete: UnregisterListener
}

'''
text += doc(f"{hp.get('summary','')}\n\n{hp.get('description','')}")
text += f'@http(method: "POST", uri: "{base}/hub", code: 201)\n'
text += f'''operation RegisterListener {{
    input := {{
        /// Data containing the callback endpoint to deliver the information
        @required
        @httpPayload
        data: oda.tmf#EventSubscriptionInput
    }}

    output := {{
        /// The registered listener
        @required
        @httpPayload
        eventSubscription: oda.tmf#EventSubscription
    }}

    errors: [
{''.join(f'        {cfg["errmap"][c]}' + chr(10) for c in hp['responses'] if c != '201')}    ]
}}

'''
text += doc(f"{hd.get('summary','')}\n\n{hd.get('description','')}")
text += f'@idempotent\n@http(method: "DELETE", uri: "{base}/hub/{{id}}", code: 204)\n'
text += f'''operation UnregisterListener {{
    input := {{
        /// The id of the registered listener
        @required
        @httpLabel
        id: String
    }}

    output := {{}}

    errors: [
{''.join(f'        {cfg["errmap"][c]}' + chr(10) for c in hd['responses'] if c != '204')}    ]
}}
'''
opfiles[HUBF] += text
for f, body in opfiles.items():
    write(f, body.rstrip('\n') + '\n')

# lists go to the configured file
ltext = ''.join(f'list {ln} {{\n    member: {t}\n}}\n\n' for ln, t in sorted(lists.items()))
lf = cfg.get('listsIn', 'entities.smithy')
for fname in list(groups) + ['events.smithy']:
    path = os.path.join(cfg['outdir'], fname)
    t = open(path).read()
    t = t.replace('@@LISTS@@', ('\n' + ltext.rstrip('\n') + '\n') if fname == lf else '')
    open(path, 'w').write(t)
print('resources', res_shapes, 'listener ops', listener_ops)
