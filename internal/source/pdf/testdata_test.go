package pdf

const testdata = "../../../testdata/pdf/"
