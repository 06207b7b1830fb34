// An image reference found in a chart or manifest, with where it was found: for error messages, the
// JSON list, and the job summary's per-file counts.

export type ImageOrigin =
  | 'caicloud' // a deploy-time registry marker in a Caicloud chart
  | 'helm-annotation' // Chart.yaml artifacthub.io/images or helm.sh/images
  | 'helm-values' // an image field in values.yaml
  | 'helm-template' // a literal image: in a chart template
  | 'helm-render' // helm template output
  | 'manifest' // a container image in a plain Kubernetes manifest
  | 'extra-list'; // a hand-kept image list

export interface FoundImage {
  /** The reference as it goes into the list; validated by the caller. */
  reference: string;
  /** Path for messages, relative to the workspace (inside a .tgz: `chart.tgz:chart/values.yaml`). */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** The source text the reference came from (a line, or a short description). */
  source: string;
  origin: ImageOrigin;
}
