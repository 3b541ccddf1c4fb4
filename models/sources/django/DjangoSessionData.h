#pragma once

#include <QString>

// The user a Django session belongs to, read from its session_data without the application's
// secret: the data is signed, not encrypted. Django 3.1 and later write
//   BASE64URL(JSON)[:TIMESTAMP]:SIGNATURE, or .BASE64URL(ZLIB(JSON)):… when compressing shortens it,
// earlier versions BASE64(HASH:JSON). The user is the JSON's "_auth_user_id" (a string, or a number
// in old sessions). The signature is not checked: SessionDesk only reads which user a row names,
// and Django itself refuses a row whose signature is wrong.
class DjangoSessionData final
{
public:
    // The user's id (auth_user.id as text); empty for an anonymous session or data that is no
    // session (bad base64, a damaged stream, compressed data that would grow past 1 MiB).
    static QString userOf(const QString &sessionData);
};
