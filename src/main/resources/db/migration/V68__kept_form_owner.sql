-- A kept form goes back only to the account that typed it (issue 19): on a shared office
-- computer, the next person to sign in must not see it. The account is the one this browser
-- last signed in with (cookie ALUR_WHO, set at sign-in); rows kept before this column have
-- none and are never restored (they expire within the hour anyway).
alter table kept_form add column kept_for text;
