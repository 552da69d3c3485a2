#pragma once
// Interface languages. English is the source language; the others come from translations/.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace language {

inline constexpr char kSettingsKey[] = "ui/language";  // "" = follow the system

QStringList available();                  // "en", "fr", "es", "de"
QString nativeName(const QString& code);  // "Français"...
// The language to use: the saved choice, else the system's when we have it, else English.
QString chosen();
// Installs COLORIZED's and Qt's own translators for `code` (removing earlier ones).
// Returns false when COLORIZED has no translation for it (English is always fine).
bool install(const QString& code);

}  // namespace language
