#pragma once

// sessiondesk-bench --django N: a Django application's SQLite database with 10,000 users and N
// sessions written as Django 3.2 writes them (compressed, signed), and what the console waits for
// on it, beside the raw reference: the same rows read without finding their users.
int benchDjango(int sessions);
