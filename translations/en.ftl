# The example site's own strings, laid over the built-in ones (themes/default/translations/)
# key by key. Topic and category names in English come from site.yaml; the other
# languages name them here as topic-<id> and category-<id>.
