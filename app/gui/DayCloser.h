// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"
#include "core/services/BundleService.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The supervisor closes the day (AuditService::closeDay): refused while entries wait for review, unless the
// supervisor defers them explicitly — then the close records the deferral and signs the audit head.
class DayCloser : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // After a refusal because the queue is not empty: how many entries wait (the offer to defer them); 0 otherwise.
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY changed)
    // After a close: where to keep a copy away from the workstation (a USB stick). Starts as the first removable
    // drive mounted, if any; the supervisor may type another folder.
    Q_PROPERTY(bool closed READ closed NOTIFY changed)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    // What the last copy did: where the checkpoint or the backup went, or why not.
    Q_PROPERTY(QString copyMessage READ copyMessage NOTIFY changed)
    Q_PROPERTY(bool copyFailed READ copyFailed NOTIFY changed)
    // After a close: the file the bundle for the province goes to (exportBundle). Proposed as
    // `<district>-<commune>-<dd-mm-yyyy>-<sequence>.bundle` (ASCII-folded, the site day, the next sequence number) in
    // the folder used last — `folder`, which starts as the USB stick found —, or the documents folder; the supervisor
    // may choose another in the file dialog (Ctrl+E). `bundleFolderUrl` is its folder, for the dialog.
    Q_PROPERTY(QString bundleFile READ bundleFile WRITE setBundleFile NOTIFY changed)
    Q_PROPERTY(QUrl bundleFileUrl READ bundleFileUrl NOTIFY changed)
    Q_PROPERTY(QUrl bundleFolderUrl READ bundleFolderUrl NOTIFY changed)
    // What the province holds of this workstation, as its newest receipt says (BundleService::deliveryStatus): "The
    // province has everything up to 01/12/2022, 812 entries."; empty at a site that cannot say (not a commune).
    Q_PROPERTY(QString delivery READ delivery NOTIFY changed)

public:
    explicit DayCloser(QObject* parent = nullptr);

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] int waiting() const { return m_waiting; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString confirmation() const;

    [[nodiscard]] bool closed() const { return m_closedSize >= 0; }
    [[nodiscard]] QString folder() const { return m_folder; }
    void setFolder(const QString& folder);
    [[nodiscard]] QString copyMessage() const;
    [[nodiscard]] bool copyFailed() const { return m_copyError.has_value(); }
    [[nodiscard]] QString delivery() const;
    [[nodiscard]] QString bundleFile() const { return m_bundleFile; }
    void setBundleFile(const QString& path);
    [[nodiscard]] QUrl bundleFileUrl() const;
    [[nodiscard]] QUrl bundleFolderUrl() const;

    // Closes the day; with `deferQueue` the entries still waiting are deferred explicitly.
    Q_INVOKABLE bool close(bool deferQueue);
    Q_INVOKABLE void cancel();
    // After a close: the signed checkpoint written to `folder` (AuditService::saveCheckpoint) — kept away from the
    // site, it is what catches a restore of every file together (`audit verify --checkpoint`).
    Q_INVOKABLE bool saveCheckpoint();
    // After a close: a verified backup of the site in a new folder inside `folder` (BackupService::backup).
    Q_INVOKABLE bool backup();
    // After a close: the bundle for the province (BundleService::exportBundle) — everything after what the province
    // acknowledged — written to `bundleFile`; a file of that name already there is never replaced (choose another
    // name). When it is large it is several files: each then keeps the service's own name (district, commune, day,
    // sequence) in that folder. copyMessage says which. The folder becomes `folder`, and the next name is proposed.
    Q_INVOKABLE bool exportBundle();
    // The file chosen in the dialog (a file: URL), then exportBundle.
    Q_INVOKABLE bool exportBundleTo(const QUrl& file);
    // Reads the delivery status again.
    Q_INVOKABLE void readDelivery();

Q_SIGNALS:
    void changed();
    void folderChanged();

private:
    AppContext* m_context = nullptr;
    int m_waiting = 0;
    std::optional<core::Error> m_error;
    qint64 m_closedSize = -1; // the audit chain length the signed checkpoint covers, after a close
    bool m_deferred = false;
    QByteArray m_checkpoint; // the signed note of the last close
    QString m_folder;
    QString m_copiedTo;     // the file or folder the last copy went to
    QStringList m_exported; // the bundle files the last export wrote
    qint64 m_exportedChecks = 0;
    std::optional<core::DeliveryStatus> m_delivery;
    QString m_bundleFile;
    void proposeBundleFile();
    std::optional<core::Error> m_copyError;
};

} // namespace dc::gui
