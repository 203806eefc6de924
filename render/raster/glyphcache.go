package raster

// subpixels is how many horizontal glyph positions per pixel are cached.
const subpixels = 4

// maxGlyphs bounds the glyph cache's entries; it is emptied when full.
const maxGlyphs = 40000
