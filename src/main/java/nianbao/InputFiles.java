package nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Looks at an input path before anything opens it, and reads small inputs whole. Every way an input
 * can fail to be a readable file — missing, a link to nothing, a folder, a device or pipe, empty,
 * too large, no permission, a disk error — becomes one Chinese line naming the file. A device or
 * pipe is refused by its attributes, so no reader ever blocks on a FIFO.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Refuses a path that cannot be read as an input file.
     *
     * @param path the input
     * @param name the input as the user named it, for the message
     * @param maxBytes largest size accepted
     * @param tooLarge what a file above {@code maxBytes} is not, e.g. {@code 不像年报填报工作簿}
     * @return the file's size in bytes (at least 1)
     * @throws UnreadableInputException with the reason
     */
    public static long check(Path path, String name, long maxBytes, String tooLarge) throws UnreadableInputException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(name, null, null, Files.isSymbolicLink(path)
                    ? "找不到文件：这是一个链接（快捷方式），它指向的文件已不存在。"
                    : "找不到文件，请检查路径和文件名。", e);
        } catch (IOException e) {
            throw new UnreadableInputException(name, null, null, reason(e), e);
        }
        if (a.isDirectory()) {
            throw new UnreadableInputException(name, "这是一个文件夹，不是文件。");
        }
        if (!a.isRegularFile()) {
            throw new UnreadableInputException(name, "不是普通文件（是设备、管道之类的特殊文件），无法作为年报读取。");
        }
        long size = a.size();
        if (size == 0) {
            throw new UnreadableInputException(name, "文件是空的（0 字节），请重新保存或重新获取该文件。");
        }
        if (size > maxBytes) {
            throw new UnreadableInputException(name, "文件过大（" + megabytes(size) + " MB，上限 " + megabytes(maxBytes)
                    + " MB），" + tooLarge + "，已拒绝读取。");
        }
        return size;
    }

    /**
     * Checks the input as {@link #check} does and reads it whole.
     *
     * @throws UnreadableInputException with the reason
     */
    public static byte[] read(Path path, String name, long maxBytes, String tooLarge) throws UnreadableInputException {
        check(path, name, maxBytes, tooLarge);
        try (InputStream in = Files.newInputStream(path)) {
            // never more than the limit, even if the file grew since it was looked at
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (b.length > maxBytes) {
                throw new UnreadableInputException(name, "文件过大（上限 " + megabytes(maxBytes) + " MB），" + tooLarge + "，已拒绝读取。");
            }
            return b;
        } catch (IOException e) {
            throw new UnreadableInputException(name, null, null, reason(e), e);
        }
    }

    /**
     * Why reading an input failed, in Chinese, from the exception's type and the operating system's
     * reason; never the exception's own text.
     */
    public static String reason(IOException e) {
        String sys = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "";
        if (e instanceof NoSuchFileException) {
            return "找不到文件，请检查路径和文件名。";
        }
        if (e instanceof AccessDeniedException || sys.contains("Permission denied")) {
            return "没有读取权限，请检查文件（夹）的权限，或是否被其他程序独占打开。";
        }
        if (e instanceof FileSystemLoopException || sys.contains("Too many levels of symbolic links")) {
            return "链接循环（几个链接互相指向），找不到真正的文件。";
        }
        if (e instanceof NotDirectoryException || sys.contains("Not a directory")) {
            return "路径中有一段是文件而不是文件夹。";
        }
        if (sys.contains("File name too long")) {
            return "文件名或路径过长。";
        }
        return "读取文件时磁盘或网络盘出错，请把文件复制到本机后再试。";
    }

    private static long megabytes(long bytes) {
        return bytes / 1024 / 1024;
    }
}
