// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// Internal to core/training: its data, embedded in the program (qt_add_resources in core/CMakeLists.txt).

#include <QJsonObject>
#include <QString>

namespace dc::core::training {

// ":/doichieu/training/<name>" as a JSON object. The resources are part of the program and checked by the tests, so
// a damaged one is a build error: std::logic_error, never a user's problem.
[[nodiscard]] QJsonObject trainingResource(const QString& name);

} // namespace dc::core::training
