package org.w3id.unrights.site;

/**
 * One file of the downloads.
 *
 * @param bytes its size, or -1 where the page does not show it or the file is not written yet
 * @param ready whether it is written and can be downloaded (dumps are written after the server starts)
 */
public record DumpFile(String fileName, String title, String mediaType, boolean gzipped, long bytes, boolean ready) {
    public String href() {
        return "/dumps/" + fileName;
    }
}
