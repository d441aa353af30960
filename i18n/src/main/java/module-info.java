/** Every user-visible string of Outpost, in every supported language, behind one facade. */
module io.outpost.i18n {
    exports io.outpost.i18n;
}
