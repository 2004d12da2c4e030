package org.satchel.node.issuance.oid4vci;

import io.nayuki.qrcodegen.QrCode;

/**
 * An offer URI as a QR code in SVG, for the wallet's camera (OpenID4VCI 1.0 §4.1: "rendering a QR
 * code containing the Credential Offer"). The code itself is made by Nayuki's QR Code generator;
 * this only draws its modules as one path, with the four-module quiet zone the QR standard asks for.
 */
final class OfferQr {
    private static final int QUIET_ZONE = 4;

    private OfferQr() {}

    /** The SVG element for {@code text} (medium error correction: survives a smudged screen), labelled for screen readers. */
    static String svg(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + size * 6
                + "\" height=\"" + size * 6 + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
