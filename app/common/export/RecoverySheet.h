// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>
#include <QStringList>

namespace dc::app {

// The words of a recovery sheet, in the language of whoever prints it (the caller translates them).
struct RecoverySheetText {
    QString title;          // "Recovery code of the site"
    QString siteLine;       // "Site: Phường Phú Cường" (already composed)
    QString issuedLine;     // "Issued 02/12/2026 08:15 by giamsat"
    QStringList guidance;   // paragraphs under the code: what it does, where to keep it
    QStringList signatures; // at most two headings of the signature block ("Received by", "Kept by")
};

// The recovery sheet as an A4 PDF (cairo, DejaVu Sans embedded, as the reports): the title, the site, the code in
// large monospaced groups, the guidance and a signature block. `groupedCode` is the code as
// keyring::RecoveryCode::grouped() gives it. The PDF is built in memory and written with
// core::platform::writeFileAtomically (the bytes are wiped afterwards); nothing is written when it fails.
// The sheet is the one copy of the code that leaves the program: the GUI shows it once and forgets it.
[[nodiscard]] core::Result<void> writeRecoverySheet(const QString& path, const RecoverySheetText& text,
                                                    const crypto::SecureBuffer& groupedCode);

} // namespace dc::app
