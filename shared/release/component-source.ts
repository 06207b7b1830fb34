// Where a component's tags and files come from: the GitHub REST API (repositoryFullName) or plain git
// (entries with `url:`). resolve-tags and collect-charts speak only this interface.

export interface TagInfo {
  name: string;
  /** The commit the tag points to (annotated tags peeled). */
  commit: string;
}

export interface ComponentSource {
  /** `owner/repo` or the git URL, for messages. */
  readonly label: string;
  /** Every tag of the repository. A repository that does not exist is a ConfigurationError naming it. */
  listTags(): Promise<TagInfo[]>;
  /** The commit a tag points to now, or undefined when the tag does not exist (any more). */
  resolveTag(tag: string): Promise<string | undefined>;
  /** When a commit was made (committer date): orders tags that are not semver. */
  commitDate(commit: string): Promise<Date | undefined>;
  /** A file at a tag, or undefined when the path is not a file there. */
  readFile(tag: string, path: string): Promise<Buffer | undefined>;
  /** Every file under a folder at a tag (paths relative to the folder), or undefined when it is not a folder. */
  readFolder(tag: string, path: string): Promise<Map<string, Buffer> | undefined>;
  /** Frees what the source holds (a clone on disk). */
  close(): Promise<void>;
}
