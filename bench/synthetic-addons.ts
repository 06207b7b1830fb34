// Deterministic synthetic addons trees for the list-images bench, written the way the 959d840 fixture's Caicloud
// chart files look (`_config:` with controllers, containers with `image: '[[ registry_release ]]/<name>:<tag>'`,
// `--x-image=[[ registry_library ]]/…` args, env values, JSON config blocks with images, comment lines, other
// deploy-time markers), and optionally mixed with Helm chart folders and plain multi-document manifests.
//
// The generator records, for every entry, the references list-images should report in the order it should report
// them (documented behaviour: walk depth-first in byte-wise name order; in a file, lines top to bottom and markers
// left to right; commented lines and text after an unquoted ` #` skipped; first occurrence wins). So the bench can
// check the written list exactly, not only its length.
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';

export type TreeVariant = 'caicloud' | 'mix';

export interface GeneratedTree {
  root: string;
  variant: TreeVariant;
  /** Top-level entries list-images sees: chart files, plus (mix) Helm chart folders and manifest files. */
  entries: { caicloud: number; helm: number; manifests: number };
  /** Files written and their total size. */
  files: number;
  bytes: number;
  /** Distinct references in expected list order. */
  images: string[];
  /** References written on counted lines, duplicates included (how often images are shared). */
  occurrences: number;
}

// ---------- deterministic choices ----------

/** A number in [0, n) from a key: the same tree on every machine, no random generator. */
function pick(key: string, n: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % n;
}

const FOLDERS = [
  'alerting', 'apiserver', 'audit', 'auth', 'backup', 'billing', 'catalog', 'cluster', 'config', 'console',
  'dashboard', 'devops', 'dns', 'events', 'gateway', 'identity', 'ingress', 'inventory', 'jobs', 'license',
  'logging', 'mesh', 'metrics', 'monitoring', 'network', 'notify', 'operator', 'pipeline', 'plugin', 'policy',
  'quota', 'registry', 'scheduler', 'search', 'secrets', 'storage', 'tenant', 'tracing', 'upgrade', 'webhooks',
];

const COMPONENTS = [
  'admin', 'agent', 'api', 'controller', 'worker', 'syncer', 'proxy', 'web', 'collector', 'exporter',
  'gc', 'migrator', 'reporter', 'scheduler', 'watcher', 'cache', 'indexer', 'notifier', 'resolver', 'validator',
  'webhook', 'server', 'client', 'manager', 'operator', 'relay', 'router', 'runner', 'store', 'streamer',
  'aggregator', 'auditor', 'builder', 'checker', 'cleaner', 'compactor', 'coordinator', 'dispatcher', 'forwarder', 'gateway',
  'initializer', 'janitor', 'loader', 'monitor', 'planner', 'provisioner', 'publisher', 'recorder', 'sidecar', 'tuner',
];

/** Third-party images many charts share, as `[[ registry_library ]]/<name>:<tag>` (two tags of alpine and nginx). */
const LIBRARY = [
  'busybox:1.30.0', 'alpine:3.7', 'alpine:3.8', 'nginx:1.14.2', 'nginx:1.17.8', 'redis:4.0.11', 'mongo:3.6.8',
  'etcd:3.3.10', 'pause:3.1', 'curl:7.61.1', 'jq:1.6', 'kube-rbac-proxy:v0.4.1', 'configmap-reload:v0.2.2',
  'default-http-backend:v0.1.0', 'nginx-ingress-controller:0.23.0', 'fluent-bit:1.0.4', 'elasticsearch:6.5.4',
  'kibana:6.5.4', 'prometheus:v2.7.1', 'alertmanager:v0.16.0', 'node-exporter:v0.17.0', 'kube-state-metrics:v1.5.0',
  'grafana:5.4.3', 'mysql:5.7.24', 'postgres:10.6', 'rabbitmq:3.7.8', 'minio:release.2019-01-23', 'coredns:1.2.6',
  'haproxy:1.9.2', 'envoy:v1.9.0',
];

const SUFFIXES = ['', '', '', '', '-alpha', '-beta.1', '-rc.2', '-hotfix'];

function releaseTag(key: string): string {
  return `v${pick(`${key}:major`, 3)}.${pick(`${key}:minor`, 12)}.${pick(`${key}:patch`, 8)}${SUFFIXES[pick(`${key}:suffix`, SUFFIXES.length)]}`;
}

// ---------- a file as lines plus the references it holds ----------

class Doc {
  lines: string[] = [];
  refs: string[] = [];
  /** A line whose images count, in the order they appear on it. */
  add(line: string, ...refs: string[]): void {
    this.lines.push(line);
    this.refs.push(...refs);
  }
  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

const RELEASE = '[[ registry_release ]]';
const LIBRARY_MARKER = '[[ registry_library ]]';

/** `[[ registry_release ]]/name:tag` as written, and `release/name:tag` as listed. */
const rel = (image: string) => ({ text: `${RELEASE}/${image}`, ref: `release/${image}` });
const lib = (image: string) => ({ text: `${LIBRARY_MARKER}/${image}`, ref: `library/${image}` });

function quoted(text: string, key: string): string {
  const style = pick(key, 4);
  return style === 0 ? `"${text}"` : `'${text}'`; // image values are quoted in every real file
}

/** One Caicloud chart file (`<folder>-<component>.yaml`). */
function caicloudFile(folder: string, component: string, index: number): Doc {
  const name = `${folder}-${component}`;
  const key = name;
  const doc = new Doc();
  const version = releaseTag(`${folder}/${component}`);
  // Each folder has a few images every file of the folder may use (an agent, a shared init image).
  const folderAgent = rel(`${folder}-agent:${releaseTag(`${folder}/agent`)}`);
  const folderInit = rel(`${folder}-init:${releaseTag(`${folder}/init`)}`);
  const namespace = ['default', 'kube-system', 'platform'][pick(`${key}:ns`, 3)];

  doc.add('_config:');
  doc.add('  _metadata:');
  doc.add(`    description: ${name}`);
  doc.add(`    name: ${name}`);
  doc.add(`    namespace: ${namespace}`);
  doc.add('    template:');
  doc.add('      type: template.caicloud.io/application');
  doc.add('      version: 1.0.0');
  doc.add(`    version: "${version}"`);
  doc.add('  controllers:');

  const controllers = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3][pick(`${key}:controllers`, 20)]; // 1 (70 %), 2 (25 %), 3
  for (let c = 0; c < controllers; c++) {
    const ckey = `${key}:c${c}`;
    const main = rel(`${name}${c ? `-${['worker', 'syncer', 'gc'][c - 1]}` : ''}:${version}`);
    doc.add('  - containers:');
    if (pick(`${ckey}:hasInit`, 8) === 0) {
      doc.add(`    - image: ${quoted(folderInit.text, `${ckey}:q0`)}`, folderInit.ref);
      doc.add('      imagePullPolicy: IfNotPresent');
      doc.add('      command:');
      doc.add('      - /bin/sh');
      doc.add('      - -c');
      doc.add(`      - until nslookup ${name}-db; do sleep 2; done`);
    }
    doc.add('    - env:');
    const envs = 2 + pick(`${ckey}:envs`, 4);
    const imageEnv = pick(`${ckey}:imageEnv`, 6) === 0 ? pick(`${ckey}:imageEnvAt`, envs) : -1;
    for (let e = 0; e < envs; e++) {
      const ekey = `${ckey}:e${e}`;
      const kind = e === imageEnv ? 4 : [0, 1, 2, 3, 5, 6, 7, 8][pick(ekey, 8)];
      doc.add(`      - name: ${name.toUpperCase().replace(/-/g, '_')}_${['ADDR', 'MODE', 'LEVEL', 'TIMEOUT', 'IMAGE', 'MONGO', 'REGISTRY', 'HOOK', 'PORT'][kind]}`);
      if (kind === 4) {
        // An env value that names an image (counted, like the fixture's helper images).
        const helper = pick(`${ekey}:lib`, 2) === 0 ? lib(LIBRARY[pick(`${ekey}:which`, LIBRARY.length)]) : rel(`${name}-helper:${version}`);
        doc.add(`        value: ${quoted(helper.text, `${ekey}:q`)}`, helper.ref);
      } else if (kind === 5) {
        doc.add("        value: '[[ platform_mongo_host ]]'"); // another deploy-time value: no `]]/`, no image
      } else if (kind === 6) {
        doc.add("        value: '[[ registry_release ]]'"); // the bare registry, as plugin-center has it: no image
      } else if (kind === 7) {
        doc.add("        value: 'https://[[ cargo_registry ]]/api/v2' # not a registry marker: no image");
      } else if (kind === 8) {
        doc.add(`        value: "${8000 + pick(ekey, 1000)}"`);
      } else {
        doc.add(`        value: ${['debug', 'info', "'true'", '30s', 'http://127.0.0.1:8080'][pick(`${ekey}:v`, 5)]}`);
      }
    }
    const hasArgs = pick(`${ckey}:args`, 6) === 0;
    if (hasArgs) {
      doc.add('      args:');
      doc.add('      - --debug');
      const n = 1 + pick(`${ckey}:nargs`, 3);
      for (let a = 0; a < n; a++) {
        const akey = `${ckey}:a${a}`;
        const img = pick(`${akey}:kind`, 3) === 0 ? rel(`${name}-${['provider', 'plugin', 'hook', 'probe'][a]}:${version}`) : lib(LIBRARY[pick(akey, LIBRARY.length)]);
        doc.add(`      - --${['default', 'proxy', 'sidecar', 'provider'][a]}-image=${img.text}`, img.ref);
      }
    }
    // The commented-out image a hand edit left behind: list-images skips commented lines.
    if (pick(`${ckey}:oldimage`, 5) === 0) doc.add(`      # image: '${RELEASE}/${name}:v0.0.${pick(ckey, 9)}' (old, kept for rollback)`);
    const trailing = pick(`${ckey}:trail`, 6) === 0 ? '  # keep in step with the release notes' : '';
    doc.add(`      image: ${quoted(main.text, `${ckey}:q1`)}${trailing}`, main.ref);
    doc.add(`      imagePullPolicy: ${pick(`${ckey}:pp`, 3) === 0 ? 'Always' : 'IfNotPresent'}`);
    if (pick(`${ckey}:mounts`, 2) === 0) {
      doc.add('      mounts:');
      doc.add(`      - name: ${name}-config`);
      doc.add('        path: /app/etc');
      doc.add('      - name: platform-config');
      doc.add('        path: /platform/etc');
    }
    doc.add('      resources:');
    doc.add('        limits:');
    doc.add(`          cpu: ${100 * (1 + pick(`${ckey}:cpu`, 10))}m`);
    doc.add(`          memory: ${128 * (1 + pick(`${ckey}:mem`, 8))}Mi`);
    doc.add('        requests:');
    doc.add('          cpu: 100m');
    doc.add('          memory: 128Mi');
    if (pick(`${ckey}:agent`, 6) === 0) {
      // A sidecar every file of the folder may carry: shared across files.
      doc.add(`    - image: ${quoted(folderAgent.text, `${ckey}:q2`)}`, folderAgent.ref);
      doc.add('      imagePullPolicy: IfNotPresent');
      doc.add('      args:');
      doc.add(`      - --target=127.0.0.1:${8080 + c}`);
    }
    if (pick(`${ckey}:libside`, 8) === 0) {
      const side = lib(LIBRARY[pick(`${ckey}:libsidewhich`, LIBRARY.length)]);
      doc.add(`    - image: ${quoted(side.text, `${ckey}:q3`)}`, side.ref);
      doc.add('      imagePullPolicy: IfNotPresent');
    }
    doc.add('    controller:');
    doc.add(`      replica: ${1 + pick(`${ckey}:replica`, 3)}`);
    if (pick(`${ckey}:sa`, 3) === 0) {
      doc.add('    pod:');
      doc.add('      serviceAccountName: admin');
    }
    doc.add('    services:');
    doc.add(`    - name: ${name}${c ? `-${c}` : ''}`);
    doc.add('      ports:');
    doc.add(`      - port: ${8080 + c}`);
    doc.add('        protocol: TCP');
    doc.add(`        targetPort: ${8080 + c}`);
    doc.add('      # nodePort: 30080');
    doc.add('      type: ClusterIP');
    doc.add(`    type: ${['Deployment', 'Deployment', 'StatefulSet', 'DaemonSet'][pick(`${ckey}:type`, 4)]}`);
    doc.add('    volumes:');
    doc.add(`    - name: ${name}-config`);
    doc.add('      source:');
    doc.add('        items:');
    doc.add(`        - key: ${name}.json`);
    doc.add(`          path: ${name}.json`);
    doc.add(`        target: ${name}-config`);
    doc.add('      type: Config');
  }

  // One file in eight carries a JSON config with the images a controller starts at run time.
  if (pick(`${key}:json`, 8) === 0) {
    doc.add('    configs:');
    doc.add(`    - name: ${name}-config`);
    doc.add('      data:');
    doc.add(`      - key: ${name}.json`);
    doc.add('        value: |');
    doc.add('          {');
    doc.add(`            "address": "0.0.0.0:${8080 + (index % 10)}",`);
    doc.add('            "images": {');
    const n = 2 + pick(`${key}:jsonimages`, 4);
    for (let j = 0; j < n; j++) {
      const jkey = `${key}:j${j}`;
      const img = pick(`${jkey}:lib`, 3) === 0 ? lib(LIBRARY[pick(jkey, LIBRARY.length)]) : rel(`${name}-${['resolver', 'runner', 'coordinator', 'cleaner', 'probe'][j]}:${version}`);
      doc.add(`              "${['resolver', 'runner', 'coordinator', 'cleaner', 'probe'][j]}": "${img.text}"${j < n - 1 ? ',' : ''}`, img.ref);
    }
    doc.add('            },');
    doc.add('            "mongo": {');
    doc.add('              "addrs": "[[ platform_mongo_host ]]",');
    doc.add(`              "db": "${name.replace(/-/g, '_')}",`);
    doc.add('              "mode": "strong"');
    doc.add('            },');
    doc.add('            "registry": "https://[[ cargo_registry ]]",');
    doc.add('            "logging": { "level": "info" },');
    doc.add('            "limits": { "max_runs": 50, "cpu": "200m", "memory": "256Mi" }');
    doc.add('          }');
  }
  return doc;
}

// ---------- mix variant: Helm chart folders and plain manifests ----------

const SHARED_HELM = ['docker.io/library/busybox:1.36.1', 'docker.io/bitnami/redis:7.2.4', 'quay.io/prometheus/statsd-exporter:v0.26.0'];

interface HelmChart {
  files: Map<string, string>;
  refs: string[];
}

function helmChart(folder: string, component: string): HelmChart {
  const name = `${folder}-${component}`;
  const key = `helm:${name}`;
  const appVersion = `${1 + pick(`${key}:maj`, 3)}.${pick(`${key}:min`, 10)}.${pick(`${key}:pat`, 10)}`;
  const main = `quay.io/example/${name}:${appVersion}`; // tag "" in values: takes appVersion
  const sidecarTag = `0.${pick(`${key}:st`, 20)}.${pick(`${key}:sp`, 5)}`;
  const sidecar = `release/${folder}-proxy:${sidecarTag}`; // relative, as SPEC 2.1 allows
  const withAnnotation = pick(`${key}:ann`, 3) === 0;
  const withExporter = pick(`${key}:exp`, 2) === 0;
  const withRedis = pick(`${key}:redis`, 5) === 0;
  const refs: string[] = [];
  const files = new Map<string, string>();

  const chartYaml = [
    'apiVersion: v2',
    `name: ${name}`,
    `description: ${name} for the platform`,
    'type: application',
    `version: 0.${pick(`${key}:cv`, 30)}.0`,
    `appVersion: "${appVersion}"`,
  ];
  if (withAnnotation) {
    chartYaml.push('annotations:', '  artifacthub.io/images: |', `    - name: ${component}`, `      image: ${main}`, '    - name: debug', `      image: quay.io/example/${name}-debug:${appVersion}`);
    refs.push(main, `quay.io/example/${name}-debug:${appVersion}`);
  }
  if (withRedis) chartYaml.push('dependencies:', '  - name: redis', '    version: 18.1.0', '    repository: https://charts.example.com');
  files.set('Chart.yaml', `${chartYaml.join('\n')}\n`);

  const values = [
    `replicaCount: ${1 + pick(`${key}:rc`, 3)}`,
    '',
    'image:',
    '  registry: quay.io',
    `  repository: example/${name}`,
    '  # Overrides the image tag whose default is the chart appVersion.',
    '  tag: ""',
    '  pullPolicy: IfNotPresent',
    '',
    'imagePullSecrets: []',
    'nameOverride: ""',
    '',
    'sidecar:',
    '  enabled: true',
    '  image:',
    `    repository: release/${folder}-proxy`,
    `    tag: ${sidecarTag}`,
  ];
  refs.push(main, sidecar);
  if (withExporter) {
    values.push('', 'metrics:', '  enabled: false', `  exporterImage: "${SHARED_HELM[2]}"`);
    refs.push(SHARED_HELM[2]);
  }
  values.push(
    '',
    'serviceAccount:',
    '  create: true',
    '  annotations: {}',
    '',
    'service:',
    '  type: ClusterIP',
    `  port: ${8000 + pick(`${key}:port`, 999)}`,
    '',
    'resources:',
    '  limits:',
    '    cpu: 500m',
    '    memory: 512Mi',
    '  requests:',
    '    cpu: 100m',
    '    memory: 128Mi',
    '',
    'nodeSelector: {}',
    'tolerations: []',
    'affinity: {}',
  );
  files.set('values.yaml', `${values.join('\n')}\n`);

  files.set(
    'templates/_helpers.tpl',
    [
      `{{- define "${name}.fullname" -}}`,
      '{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
      `{{- define "${name}.labels" -}}`,
      'app.kubernetes.io/name: {{ .Chart.Name }}',
      'app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}',
      '{{- end }}',
      '',
    ].join('\n'),
  );
  files.set(
    'templates/deployment.yaml',
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: {{ include "${name}.fullname" . }}`,
      '  labels:',
      `    {{- include "${name}.labels" . | nindent 4 }}`,
      'spec:',
      '  replicas: {{ .Values.replicaCount }}',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: wait',
      `          image: ${SHARED_HELM[0]}`,
      "          command: ['sh', '-c', 'until nslookup db; do sleep 2; done']",
      '      containers:',
      '        - name: {{ .Chart.Name }}',
      '          image: "{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
      '          imagePullPolicy: {{ .Values.image.pullPolicy }}',
      '          ports:',
      '            - name: http',
      '              containerPort: {{ .Values.service.port }}',
      '          resources:',
      '            {{- toYaml .Values.resources | nindent 12 }}',
      '        {{- if .Values.sidecar.enabled }}',
      '        - name: proxy',
      '          image: "{{ .Values.sidecar.image.repository }}:{{ .Values.sidecar.image.tag }}"',
      '        {{- end }}',
      '',
    ].join('\n'),
  );
  refs.push(SHARED_HELM[0]);
  files.set(
    'templates/service.yaml',
    [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      `  name: {{ include "${name}.fullname" . }}`,
      'spec:',
      '  type: {{ .Values.service.type }}',
      '  ports:',
      '    - port: {{ .Values.service.port }}',
      '      targetPort: http',
      '',
    ].join('\n'),
  );
  // The `helm create` test pod: a test hook, not part of the release (list-images skips it).
  files.set(
    'templates/tests/test-connection.yaml',
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: "{{ include "${name}.fullname" . }}-test-connection"`,
      '  annotations:',
      '    "helm.sh/hook": test',
      'spec:',
      '  containers:',
      '    - name: wget',
      '      image: busybox:1.28',
      "      command: ['wget']",
      '  restartPolicy: Never',
      '',
    ].join('\n'),
  );
  if (withRedis) {
    // A vendored subchart with its own appVersion: the empty tag takes 7.2.4.
    files.set('charts/redis/Chart.yaml', 'apiVersion: v2\nname: redis\nversion: 18.1.0\nappVersion: "7.2.4"\n');
    files.set('charts/redis/values.yaml', 'image:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: ""\narchitecture: standalone\nauth:\n  enabled: false\n');
    refs.push(SHARED_HELM[1]);
  }
  return { files, refs };
}

function manifestFile(folder: string, component: string): Doc {
  const name = `${folder}-${component}`;
  const key = `manifest:${name}`;
  const tag = releaseTag(key);
  const main = `registry.example.com/platform/${name}:${tag}`;
  const nginx = ['nginx:1.25.3', 'nginx:1.24.0'][pick(`${key}:nginx`, 2)];
  const doc = new Doc();
  const lines = [
    '# Plain manifests, applied as they are.',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${name}-config`,
    'data:',
    `  # image: registry.example.com/platform/${name}:v0.0.1 is not a container image here`,
    `  upstream.image: registry.example.com/platform/${name}-upstream:${tag}`,
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  ports:',
    '  - port: 80',
    '    targetPort: 8080',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${folder}`,
    'spec:',
    '  replicas: 2',
    '  template:',
    '    metadata:',
    `      labels: {app: ${name}}`,
    '    spec:',
    '      initContainers:',
    '      - name: migrate',
  ];
  for (const line of lines) doc.add(line);
  doc.add(`        image: ${main}`, main);
  doc.add('        args: [migrate]');
  doc.add('      containers:');
  doc.add(`      - name: ${component}`);
  doc.add(`        image: "${main}"`, main);
  doc.add('        ports:');
  doc.add('        - containerPort: 8080');
  doc.add('      - name: nginx');
  doc.add(`        image: ${nginx}  # listed as written: relative to the source registry`, nginx);
  if (pick(`${key}:cron`, 2) === 0) {
    const job = `registry.example.com/platform/${name}-cleanup:${tag}`;
    for (const line of ['---', 'apiVersion: batch/v1', 'kind: CronJob', 'metadata:', `  name: ${name}-cleanup`, 'spec:', "  schedule: '0 3 * * *'", '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: OnFailure', '          containers:', '          - name: cleanup']) doc.add(line);
    doc.add(`            image: ${job}`, job);
  }
  return doc;
}

// ---------- the tree ----------

/** Depth-first, byte-wise by path component: the order list-images walks a tree in. */
function walkOrder(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = Buffer.compare(Buffer.from(pa[i]), Buffer.from(pb[i]));
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

/**
 * Writes `files` top-level entries spread over `folders` folders under root (which must not exist yet).
 * caicloud: every entry is a Caicloud chart file. mix: in each group of ten entries of a folder, two are
 * Helm chart folders and one is a plain manifest file; the rest are Caicloud chart files.
 */
export async function generateTree(root: string, variant: TreeVariant, files: number, folders: number): Promise<GeneratedTree> {
  if (folders > FOLDERS.length) throw new Error(`at most ${FOLDERS.length} folders`);
  const perFolder = Math.ceil(files / folders);
  if (perFolder > COMPONENTS.length * 4) throw new Error(`at most ${COMPONENTS.length * 4 * folders} files over ${folders} folders`);
  const written = new Map<string, string>(); // relative path -> content
  const entryRefs: { path: string; refs: string[] }[] = [];
  const entries = { caicloud: 0, helm: 0, manifests: 0 };
  let n = 0;
  for (let f = 0; f < folders && n < files; f++) {
    const folder = FOLDERS[f];
    for (let i = 0; i < perFolder && n < files; i++, n++) {
      // 50 components; past 50 a numbered second round (`-2`, …) keeps names unique.
      const component = `${COMPONENTS[i % COMPONENTS.length]}${i >= COMPONENTS.length ? `-${Math.floor(i / COMPONENTS.length) + 1}` : ''}`;
      const slot = i % 10;
      if (variant === 'mix' && (slot === 3 || slot === 7)) {
        const chart = helmChart(folder, component);
        const dir = `${folder}/${folder}-${component}`;
        for (const [p, text] of chart.files) written.set(`${dir}/${p}`, text);
        entryRefs.push({ path: dir, refs: chart.refs });
        entries.helm++;
      } else if (variant === 'mix' && slot === 5) {
        const doc = manifestFile(folder, component);
        const file = `${folder}/${folder}-${component}-manifests.yaml`;
        written.set(file, doc.text());
        entryRefs.push({ path: file, refs: doc.refs });
        entries.manifests++;
      } else {
        const doc = caicloudFile(folder, component, i);
        const file = `${folder}/${folder}-${component}.yaml`;
        written.set(file, doc.text());
        entryRefs.push({ path: file, refs: doc.refs });
        entries.caicloud++;
      }
    }
  }
  await fsp.mkdir(root);
  let bytes = 0;
  const dirs = new Set<string>();
  for (const [rel, text] of written) {
    const file = path.join(root, rel);
    const dir = path.dirname(file);
    if (!dirs.has(dir)) {
      await fsp.mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    await fsp.writeFile(file, text);
    bytes += Buffer.byteLength(text);
  }
  entryRefs.sort((a, b) => walkOrder(a.path, b.path));
  const seen = new Set<string>();
  const images: string[] = [];
  let occurrences = 0;
  for (const { refs } of entryRefs) {
    for (const ref of refs) {
      occurrences++;
      if (!seen.has(ref)) {
        seen.add(ref);
        images.push(ref);
      }
    }
  }
  return { root, variant, entries, files: written.size, bytes, images, occurrences };
}
