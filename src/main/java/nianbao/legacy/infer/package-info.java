/**
 * Inference stage of the import: the schema's linear rules as equations over the cells, propagated to what
 * they force (one unknown left, or unknowns of one sign summing to zero). Nothing else is ever inferred.
 */
package nianbao.legacy.infer;
