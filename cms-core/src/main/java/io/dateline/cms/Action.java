package io.dateline.cms;

/**
 * What a command asks to do, as the {@link Authorizer} sees it. Each command of the services maps
 * to one action:
 *
 * <table>
 *   <caption>Commands and their actions</caption>
 *   <tr><th>action</th><th>commands</th></tr>
 *   <tr><td>{@link #CREATE}</td><td>{@code articles().create}</td></tr>
 *   <tr><td>{@link #EDIT}</td><td>{@code articles().update}</td></tr>
 *   <tr><td>{@link #PUBLISH}</td><td>{@code articles().publish}, {@code schedule}, {@code
 *       cancelSchedule}, {@code unpublish}, {@code archive}</td></tr>
 *   <tr><td>{@link #DELETE}</td><td>{@code articles().delete}</td></tr>
 *   <tr><td>{@link #MANAGE_DIRECTORIES}</td><td>{@code create}, {@code update} and {@code delete}
 *       of authors, tags, locations and sections</td></tr>
 *   <tr><td>{@link #MANAGE_IMAGES}</td><td>{@code images().upload}, {@code update} and {@code
 *       delete}</td></tr>
 * </table>
 *
 * <p>Reads are not authorized by Dateline: what an application shows is its own decision. New
 * constants may be added in later versions; an authorizer that switches over them should refuse
 * what it does not know.
 *
 * @since 0.1.0
 */
public enum Action {
  /** Create an article. */
  CREATE,
  /** Change an article's content. */
  EDIT,
  /** Change whether and when an article is public: publish, schedule, unpublish, archive. */
  PUBLISH,
  /** Delete an article. */
  DELETE,
  /** Create, change or delete an author, tag, location or section. */
  MANAGE_DIRECTORIES,
  /**
   * Upload an image asset, change its details or delete it.
   *
   * @since 0.1.0
   */
  MANAGE_IMAGES
}
