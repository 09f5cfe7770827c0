// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/ReviewText.h"
#include "core/services/ReviewService.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// Logged checks as the review sees them (ReviewService::queue for the supervisor, returnedToPair for the pair),
// each with its review state and history. Filled by ReviewQueue or BookChooser; read-only for QML.
class ReviewItemsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use the review queue's items or BookChooser.returned")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CheckIdRole = Qt::UserRole + 1, // qint64: the current row of the check
        EntryNumberRole,                // int
        BookTitleRole,                  // QString: "Khai sinh, quyển 01, 1998"
        OutcomeKeyRole,                 // QString: "corrected", "missing_entered_new", "escalated"
        OutcomeNameRole,                // QString: in the interface language
        StateKeyRole,                   // QString: "pending", "approved", "returned", "flagged", "resolved"
        StateNameRole,                  // QString: in the interface language
        SubjectNameRole,                // QString
        RegistrationDateRole,           // QString: as logged
        LoggedAtRole,                   // QString: HH:mm dd/MM/yyyy, Vietnam's time
        ReaderRole,                     // QString: display name (user name for the pair)
        CheckerRole,                    // QString
        CorrectionsRole,                // QString: one line per correction, before → after (class)
        TranscriptRole,                 // QString: what the book shows, for an escalated entry
        HistoryRole,                    // QString: one line per review decision, oldest first
        ReasonRole,                     // QString: the last decision's reason and note (what the pair reads)
        SupervisorRole,                 // QString: who made the last decision
        AmendmentsRole,                 // QString: the versions it replaced, who amended each and why (newest first)
    };
    Q_ENUM(Role)

    explicit ReviewItemsModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_items.size()); }

    void setItems(std::vector<core::ReviewItem> items, const ReviewText& text);
    void retranslate(const ReviewText& text);
    void clear();
    [[nodiscard]] const core::ReviewItem* item(int row) const;
    // The value of `role` for `row`, for the view models that show the selected item.
    [[nodiscard]] QVariant value(int row, Role role) const;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<core::ReviewItem> m_items;
    ReviewText m_text;
};

} // namespace dc::gui
