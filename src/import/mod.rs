//! Reading an existing ledger (整改台账) from Excel or CSV into a new data folder.
