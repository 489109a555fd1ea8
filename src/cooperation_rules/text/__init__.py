"""What people read: the names, labels, dates and explanations in the four languages."""
