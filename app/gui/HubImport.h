// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// Bundles received at the hub (core::ImportService::importFiles), for a province account: the files chosen in the
// page's file dialog, imported in order, and what became of each, in the interface language — imported (with how many
// checks, and the receipt written for the commune), already imported, held (waiting for an earlier bundle), or refused
// with the reason.
class HubImport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // One map per file of the last import: name (the file's name), status ("imported", "already-imported", "held",
    // "refused"), statusText (words), detail (words: counts, the reason, the receipt), ok (bool: not refused).
    Q_PROPERTY(QVariantList results READ results NOTIFY changed)
    // "2 imported, 1 held, 1 refused" after an import; empty before.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    // Why nothing could be imported (not a hub, not permitted, no keys); empty otherwise. In the interface language.
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit HubImport(QObject* parent = nullptr);
    ~HubImport() override;

    [[nodiscard]] QVariantList results() const { return m_results; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString message() const;

    // Imports the files (local file URLs from the dialog, or paths).
    Q_INVOKABLE void importFiles(const QList<QUrl>& files);

    // The words for one file's status and refusal reason (docs/HUB.md "Import at the hub").
    [[nodiscard]] static QString statusText(const QString& status);
    [[nodiscard]] static QString reasonText(const QString& reason);

Q_SIGNALS:
    void changed();

private:
    AppContext* context();

    AppContext* m_context = nullptr;
    QVariantList m_results;
    QString m_summary;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
