// Exports for sending: the files of an export (the CSV folder, a FHIR bundle, a PDF) packed into one file and
// encrypted with a passphrase as backups are (SealedFile). Nothing of the content, not even the file names, can be
// read without the passphrase, and a changed or cut byte is found before anything is unpacked.
#pragma once

#include "Result.h"
#include "SealedFile.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace outcome {

// Inside the encryption, all numbers big-endian:
//   "OTARCHIV"  format version (2 bytes)  file count (4)
// then for each file: name length in bytes (2)  name (UTF-8, no folders)  size in bytes (8)  content.
class SealedArchive
{
public:
    static constexpr int kFormatVersion = 1;
    // The usual ending of an archive's name, which `unseal` and the export dialog suggest.
    static constexpr const char* kSuffix = "otx";

    // Refuses (Invalid) an archive path that exists already: an archive is always a new file, never written over one.
    static Status checkNewFile(const QString& archivePath);
    // Packs the files (each under its own file name) into the new file `archivePath`, owner-only; it must not
    // exist. The plain packing exists only inside a private temporary folder while it is encrypted. On failure
    // nothing is left at `archivePath`.
    static Status write(const QStringList& files, const QString& archivePath, const Passphrase& passphrase,
                        Argon2Cost cost = Argon2Cost::forFiles());
    // Writes an export's files with `writeFiles` into a private temporary folder (its argument), packs the files
    // it returns into the new archive as write() does, and removes the folder: the plain files never exist outside
    // it. A failure of `writeFiles` is returned as it is.
    using FileWriter = std::function<Result<QStringList>(const QString& folder)>;
    static Status writeStaged(const FileWriter& writeFiles, const QString& archivePath, const Passphrase& passphrase,
                              Argon2Cost cost = Argon2Cost::forFiles());
    // Decrypts and verifies the archive, then writes its files into `folder` (made owner-only if missing; a file of
    // the same name already there is refused before anything is written). Returns the paths written. A wrong
    // passphrase is ErrorKind::Denied; a damaged, changed or cut-short archive is ErrorKind::Refused.
    static Result<QStringList> extract(const QString& archivePath, const QString& folder, const Passphrase& passphrase);
};

} // namespace outcome
