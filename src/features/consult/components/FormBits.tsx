export { ErrorLine, FormGroup, LongText } from '@/ui/FormGroup'
