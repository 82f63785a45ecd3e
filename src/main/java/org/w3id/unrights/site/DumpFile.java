package org.w3id.unrights.site;

/**
 * One file of the downloads.
 *
 * @param bytes its size, or -1 where the page does not show it
 */
public record DumpFile(String fileName, String title, String mediaType, boolean gzipped, long bytes) {
    public String href() {
        return "/dumps/" + fileName;
    }
}
