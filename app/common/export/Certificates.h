// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/CertificateService.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace dc::app {

// Certificates of participation as PDF (issue 15 part 5): A4 landscape, one page per certificate, drawn with cairo in
// DejaVu Serif and DejaVu Sans (fonts-dejavu-core, every Vietnamese letter), embedded as subsets so that pdftotext
// reads each name back in NFC. A draft (a commune site's, number 0) says so in red where the number would be.

// A line of text on a certificate and the rectangle it takes, in PostScript points from the page's top left corner:
// the box is the line's advance width by the font's ascent + descent, so two boxes that do not intersect are never
// drawn over each other.
struct CertificateBlock {
    QString key; // "issuer", "union", "number", "heading", "title", "name", "unit", "communes", "days", "date", ...
    QString text;
    double x = 0, y = 0, width = 0, height = 0;
    double fontSize = 0;
    bool serif = false; // DejaVu Serif, else DejaVu Sans
    bool bold = false;
    bool red = false; // the draft's mark
};

struct CertificateLayout {
    double pageWidth = 0; // A4 landscape: 841.89 × 595.28 points
    double pageHeight = 0;
    std::vector<CertificateBlock> blocks;
};

// Where every line of `item`'s certificate goes (what renderCertificates draws). The name is set as large as 30 points
// and shrunk until it fits the page's width between the margins; a long title or list of communes wraps (and shrinks
// when it would take more than its lines).
[[nodiscard]] CertificateLayout layoutCertificate(const core::CertificateBatch& batch,
                                                  const core::IssuedCertificate& item);

// The PDF of `items` (one page each), built in memory. IoError when cairo fails.
[[nodiscard]] core::Result<QByteArray> renderCertificates(const core::CertificateBatch& batch,
                                                          const std::vector<core::IssuedCertificate>& items);

// The file of one certificate in a folder: "GCN-0001.pdf" by its number at a hub; a draft by its place in the batch,
// "ban-nhap-001.pdf". Never the volunteer's name (a folder listing would show it) nor their user name.
[[nodiscard]] QString certificateFileName(const core::IssuedCertificate& item, std::size_t position);

// What the awards CLI calls. `output` ending in ".pdf" (any case) gets the whole batch as one file; anything else is a
// folder (created when missing) that gets one file per certificate (certificateFileName) plus `all.pdf`. Every file is
// written atomically (mode 0600); when any file cannot be written none is left behind (files this call created are
// removed; a file it replaced holds the new certificate, the same number for the same person). The batch is one audit
// event (recordCertificateBatch): permission checked first, the event committed only when every file was written. An
// empty batch is InvalidInput.
[[nodiscard]] core::Result<void> writeCertificates(core::Session& session, const core::CertificateBatch& batch,
                                                   const QString& output);

} // namespace dc::app
