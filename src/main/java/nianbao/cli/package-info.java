/**
 * The {@code nianbao} command line: one small picocli command per job, each converting options,
 * calling one library method and mapping the outcome to an exit code.
 */
package nianbao.cli;
