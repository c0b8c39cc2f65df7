/**
 * The implementation of cms-ninjs: reading and checking documents, HTML to body blocks and back,
 * and the field mapping. Internal: it may change at any time without notice.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.ninjs.internal;
