// Manifest and blob media types (Docker v2 and OCI), and what each kind of manifest is.

export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
export const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
export const DOCKER_FOREIGN_LAYER = 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';
export const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** Sent on every manifest request: registries hide what the client does not say it accepts. */
export const MANIFEST_ACCEPT = [DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_MANIFEST, OCI_INDEX].join(', ');

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === DOCKER_MANIFEST_LIST || mediaType === OCI_INDEX;
}

export function isImageManifestMediaType(mediaType: string): boolean {
  return mediaType === DOCKER_MANIFEST || mediaType === OCI_MANIFEST;
}

/** Layers the registry never stores (Windows base layers); they are referenced, not copied. */
export function isForeignLayer(mediaType: string): boolean {
  return mediaType === DOCKER_FOREIGN_LAYER || mediaType === 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip';
}

/** Layers stored compressed (gzip, zstd): deflating them again in an archive saves nothing. */
export function isCompressedLayer(mediaType: string): boolean {
  return /[+.](gzip|zstd)$/.test(mediaType);
}
