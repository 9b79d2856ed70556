package fi.kanslia.messages;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body with one file part (RFC 7578), as {@code POST /v2/attachments} takes it. */
record Multipart(String contentType, byte[] body) {

    static Multipart pdfFile(String fieldName, String fileName, byte[] content) {
        String boundary = "kanslia-" + UUID.randomUUID();
        String safeName = fileName.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ");
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        out.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + fieldName + "\"; filename=\"" + safeName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }
}
