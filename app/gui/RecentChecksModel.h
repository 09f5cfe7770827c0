// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/EntrySchema.h"
#include "core/services/CheckLog.h"
#include "core/services/LogService.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// The last entries the pair logged in this work session and book, newest first (LogService::listChecks with the
// session's id, when the logging screen opens), each as it stands now with its history; then kept up to date from the
// receipt of each save, without reading again. Filled by LogForm; read-only for QML.
class RecentChecksModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use the logging form's recent checks")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CheckIdRole = Qt::UserRole + 1, // qint64: the current row's id (what amend and void act on)
        EntryNumberRole,                // int
        OutcomeKeyRole,                 // QString: "match", "corrected", ...
        OutcomeNameRole,                // QString: in the interface language
        RegistrationDateRole,           // QString: as stored (dd/MM/yyyy, MM/yyyy or yyyy)
        SubjectNameRole,                // QString
        LoggedTimeRole,                 // QString: HH:mm, Vietnam's time
        CorrectionsRole,                // QString: one line per real correction: "label: before → after (class)"
        WritingDifferencesRole,         // QString: one line per writing difference (no correction needed)
        TranscriptRole,                 // QString: "type what you see" of an escalated entry
        AmendedRole,                    // bool: the entry was amended (it has history)
        HistoryRole,                    // QString: one line per earlier version, newest first, with the reasons
    };
    Q_ENUM(Role)

    explicit RecentChecksModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_checks.size()); }

    void setChecks(std::vector<core::CheckHistory> checks, const core::domain::EntrySchema* schema, bool vietnamese);
    // What a save's receipt says changed, as listChecks would now list it: the new row first, the row it superseded
    // (an amendment's or a void's) no longer listed, its history kept under the amendment; at most `limit` rows.
    void apply(const core::LogReceipt& receipt, int limit);
    void setVietnamese(bool vietnamese);
    void clear();
    // The current row with this id, or nullptr.
    [[nodiscard]] const core::LoggedCheck* check(qint64 checkId) const;

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] int rowOf(qint64 checkId) const;
    [[nodiscard]] QString label(const QString& fieldKey) const;
    [[nodiscard]] QString correctionLines(const core::LoggedCheck& check, bool writing) const;
    [[nodiscard]] QString historyLines(const core::CheckHistory& history) const;

    std::vector<core::CheckHistory> m_checks;
    const core::domain::EntrySchema* m_schema = nullptr;
    bool m_vietnamese = true;
};

} // namespace dc::gui
