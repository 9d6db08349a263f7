/** One input document as read from disk: its file name (relative to the seeds folder) and text. */
export interface SourceText {
  file: string;
  /** The whole file, as `fs.readFileSync(path, 'utf8')` gives it: offsets index into this. */
  text: string;
}
